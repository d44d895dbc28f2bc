/**
 * The demo's slice of Vietnam's real administrative map: four provinces the seed plans come
 * from (Huế, Kon Tum → Quảng Ngãi, Lạng Sơn, Quảng Trị), a few of their districts and communes
 * before the 2025 reform, and the new communes formed from them, with predecessor links
 * matched by name from the merger list. Source: thanglequoc/vietnamese-provinces-database
 * (MIT licence). The full maps are loaded with `lifelong units import`.
 */
export interface DemoCommune {
  code: string;
  name: string;
  fullName: string;
}
export interface DemoOldProvince {
  code: string;
  name: string;
  fullName: string;
  newProvince: string;
  districts: { code: string; name: string; fullName: string; communes: DemoCommune[] }[];
}
export interface DemoNewProvince {
  code: string;
  name: string;
  fullName: string;
  communes: (DemoCommune & { from: { code: string; partial: boolean }[] })[];
}

export const OLD_MAP: DemoOldProvince[] = [
  {
    code: '20',
    name: 'Lạng Sơn',
    fullName: 'Tỉnh Lạng Sơn',
    newProvince: '20',
    districts: [
      {
        code: '178',
        name: 'Lạng Sơn',
        fullName: 'Thành phố Lạng Sơn',
        communes: [
          { code: '05992', name: 'Mai Pha', fullName: 'Xã Mai Pha' },
          { code: '05971', name: 'Hoàng Văn Thụ', fullName: 'Phường Hoàng Văn Thụ' },
          { code: '05974', name: 'Tam Thanh', fullName: 'Phường Tam Thanh' },
          { code: '05977', name: 'Vĩnh Trại', fullName: 'Phường Vĩnh Trại' },
          { code: '05980', name: 'Đông Kinh', fullName: 'Phường Đông Kinh' },
          { code: '05983', name: 'Chi Lăng', fullName: 'Phường Chi Lăng' },
          { code: '05986', name: 'Hoàng Đồng', fullName: 'Xã Hoàng Đồng' },
          { code: '05989', name: 'Quảng Lạc', fullName: 'Xã Quảng Lạc' },
        ],
      },
      {
        code: '181',
        name: 'Bình Gia',
        fullName: 'Huyện Bình Gia',
        communes: [
          { code: '06067', name: 'Hưng Đạo', fullName: 'Xã Hưng Đạo' },
          { code: '06070', name: 'Vĩnh Yên', fullName: 'Xã Vĩnh Yên' },
          { code: '06073', name: 'Hoa Thám', fullName: 'Xã Hoa Thám' },
          { code: '06076', name: 'Quý Hòa', fullName: 'Xã Quý Hòa' },
          { code: '06079', name: 'Hồng Phong', fullName: 'Xã Hồng Phong' },
          { code: '06082', name: 'Yên Lỗ', fullName: 'Xã Yên Lỗ' },
        ],
      },
    ],
  },
  {
    code: '45',
    name: 'Quảng Trị',
    fullName: 'Tỉnh Quảng Trị',
    newProvince: '44',
    districts: [
      {
        code: '465',
        name: 'Hướng Hóa',
        fullName: 'Huyện Hướng Hóa',
        communes: [
          { code: '19429', name: 'Khe Sanh', fullName: 'Thị trấn Khe Sanh' },
          { code: '19432', name: 'Lao Bảo', fullName: 'Thị trấn Lao Bảo' },
          { code: '19435', name: 'Hướng Lập', fullName: 'Xã Hướng Lập' },
          { code: '19438', name: 'Hướng Việt', fullName: 'Xã Hướng Việt' },
          { code: '19441', name: 'Hướng Phùng', fullName: 'Xã Hướng Phùng' },
          { code: '19444', name: 'Hướng Sơn', fullName: 'Xã Hướng Sơn' },
          { code: '19447', name: 'Hướng Linh', fullName: 'Xã Hướng Linh' },
          { code: '19450', name: 'Tân Hợp', fullName: 'Xã Tân Hợp' },
        ],
      },
    ],
  },
  {
    code: '46',
    name: 'Huế',
    fullName: 'Thành phố Huế',
    newProvince: '46',
    districts: [
      {
        code: '474',
        name: 'Thuận Hóa',
        fullName: 'Quận Thuận Hóa',
        communes: [
          { code: '19777', name: 'Vỹ Dạ', fullName: 'Phường Vỹ Dạ' },
          { code: '19780', name: 'Phường Đúc', fullName: 'Phường Phường Đúc' },
          { code: '19783', name: 'Vĩnh Ninh', fullName: 'Phường Vĩnh Ninh' },
          { code: '19786', name: 'Phú Hội', fullName: 'Phường Phú Hội' },
          { code: '19789', name: 'Phú Nhuận', fullName: 'Phường Phú Nhuận' },
          { code: '19792', name: 'Xuân Phú', fullName: 'Phường Xuân Phú' },
        ],
      },
      {
        code: '481',
        name: 'A Lưới',
        fullName: 'Huyện A Lưới',
        communes: [
          { code: '20044', name: 'A Lưới', fullName: 'Thị trấn A Lưới' },
          { code: '20047', name: 'Hồng Vân', fullName: 'Xã Hồng Vân' },
          { code: '20050', name: 'Hồng Hạ', fullName: 'Xã Hồng Hạ' },
          { code: '20053', name: 'Hồng Kim', fullName: 'Xã Hồng Kim' },
          { code: '20056', name: 'Trung Sơn', fullName: 'Xã Trung Sơn' },
          { code: '20059', name: 'Hương Nguyên', fullName: 'Xã Hương Nguyên' },
        ],
      },
    ],
  },
  {
    code: '62',
    name: 'Kon Tum',
    fullName: 'Tỉnh Kon Tum',
    newProvince: '51',
    districts: [
      {
        code: '608',
        name: 'Kon Tum',
        fullName: 'Thành phố Kon Tum',
        communes: [
          { code: '23281', name: 'Quang Trung', fullName: 'Phường Quang Trung' },
          { code: '23284', name: 'Duy Tân', fullName: 'Phường Duy Tân' },
          { code: '23287', name: 'Quyết Thắng', fullName: 'Phường Quyết Thắng' },
          { code: '23290', name: 'Trường Chinh', fullName: 'Phường Trường Chinh' },
          { code: '23293', name: 'Thắng Lợi', fullName: 'Phường Thắng Lợi' },
          { code: '23296', name: 'Ngô Mây', fullName: 'Phường Ngô Mây' },
        ],
      },
      {
        code: '615',
        name: 'Đắk Hà',
        fullName: 'Huyện Đắk Hà',
        communes: [
          { code: '23500', name: 'Đắk Hà', fullName: 'Thị trấn Đắk Hà' },
          { code: '23503', name: 'Đắk PXi', fullName: 'Xã Đắk PXi' },
          { code: '23504', name: 'Đăk Long', fullName: 'Xã Đăk Long' },
          { code: '23506', name: 'Đắk HRing', fullName: 'Xã Đắk HRing' },
          { code: '23509', name: 'Đắk Ui', fullName: 'Xã Đắk Ui' },
          { code: '23510', name: 'Đăk Ngọk', fullName: 'Xã Đăk Ngọk' },
          { code: '23512', name: 'Đắk Mar', fullName: 'Xã Đắk Mar' },
          { code: '23515', name: 'Ngok Wang', fullName: 'Xã Ngok Wang' },
          { code: '23518', name: 'Ngok Réo', fullName: 'Xã Ngok Réo' },
          { code: '23521', name: 'Hà Mòn', fullName: 'Xã Hà Mòn' },
          { code: '23524', name: 'Đắk La', fullName: 'Xã Đắk La' },
        ],
      },
    ],
  },
];

export const NEW_MAP: DemoNewProvince[] = [
  {
    code: '20',
    name: 'Lạng Sơn',
    fullName: 'Tỉnh Lạng Sơn',
    communes: [
      {
        code: '05977',
        name: 'Đông Kinh',
        fullName: 'Phường Đông Kinh',
        from: [
          { code: '05977', partial: false },
          { code: '05980', partial: false },
          { code: '05992', partial: false },
        ],
      },
      {
        code: '05983',
        name: 'Lương Văn Tri',
        fullName: 'Phường Lương Văn Tri',
        from: [
          { code: '05983', partial: false },
          { code: '05989', partial: false },
        ],
      },
      {
        code: '05986',
        name: 'Tam Thanh',
        fullName: 'Phường Tam Thanh',
        from: [
          { code: '05974', partial: false },
          { code: '05986', partial: false },
        ],
      },
      { code: '06040', name: 'Thất Khê', fullName: 'Xã Thất Khê', from: [{ code: '05983', partial: false }] },
      {
        code: '06073',
        name: 'Hoa Thám',
        fullName: 'Xã Hoa Thám',
        from: [
          { code: '06067', partial: false },
          { code: '06073', partial: false },
        ],
      },
      {
        code: '06076',
        name: 'Quý Hoà',
        fullName: 'Xã Quý Hoà',
        from: [
          { code: '06070', partial: false },
          { code: '06076', partial: false },
        ],
      },
      { code: '06079', name: 'Hồng Phong', fullName: 'Xã Hồng Phong', from: [{ code: '06079', partial: false }] },
      { code: '06085', name: 'Thiện Hoà', fullName: 'Xã Thiện Hoà', from: [{ code: '06082', partial: false }] },
      { code: '06112', name: 'Bình Gia', fullName: 'Xã Bình Gia', from: [{ code: '05971', partial: false }] },
      { code: '06172', name: 'Hoàng Văn Thụ', fullName: 'Xã Hoàng Văn Thụ', from: [{ code: '05971', partial: false }] },
      { code: '06184', name: 'Đồng Đăng', fullName: 'Xã Đồng Đăng', from: [{ code: '06079', partial: false }] },
      { code: '06187', name: 'Kỳ Lừa', fullName: 'Phường Kỳ Lừa', from: [{ code: '05971', partial: false }] },
      { code: '06463', name: 'Chi Lăng', fullName: 'Xã Chi Lăng', from: [{ code: '05983', partial: false }] },
    ],
  },
  {
    code: '44',
    name: 'Quảng Trị',
    fullName: 'Tỉnh Quảng Trị',
    communes: [
      {
        code: '19429',
        name: 'Khe Sanh',
        fullName: 'Xã Khe Sanh',
        from: [
          { code: '19429', partial: false },
          { code: '19450', partial: false },
        ],
      },
      { code: '19432', name: 'Lao Bảo', fullName: 'Xã Lao Bảo', from: [{ code: '19432', partial: false }] },
      {
        code: '19435',
        name: 'Hướng Lập',
        fullName: 'Xã Hướng Lập',
        from: [
          { code: '19438', partial: false },
          { code: '19435', partial: false },
        ],
      },
      {
        code: '19441',
        name: 'Hướng Phùng',
        fullName: 'Xã Hướng Phùng',
        from: [
          { code: '19444', partial: false },
          { code: '19447', partial: false },
          { code: '19441', partial: false },
        ],
      },
    ],
  },
  {
    code: '46',
    name: 'Huế',
    fullName: 'Thành phố Huế',
    communes: [
      {
        code: '19777',
        name: 'Vỹ Dạ',
        fullName: 'Phường Vỹ Dạ',
        from: [
          { code: '19792', partial: false },
          { code: '19777', partial: false },
        ],
      },
      {
        code: '19789',
        name: 'Thuận Hoá',
        fullName: 'Phường Thuận Hoá',
        from: [
          { code: '19786', partial: false },
          { code: '19789', partial: false },
          { code: '19783', partial: false },
        ],
      },
      { code: '20044', name: 'A Lưới 2', fullName: 'Xã A Lưới 2', from: [{ code: '20044', partial: false }] },
      {
        code: '20050',
        name: 'A Lưới 5',
        fullName: 'Xã A Lưới 5',
        from: [
          { code: '20059', partial: false },
          { code: '20050', partial: false },
        ],
      },
      {
        code: '20056',
        name: 'A Lưới 1',
        fullName: 'Xã A Lưới 1',
        from: [
          { code: '20047', partial: false },
          { code: '20056', partial: false },
          { code: '20053', partial: false },
        ],
      },
    ],
  },
  {
    code: '51',
    name: 'Quảng Ngãi',
    fullName: 'Tỉnh Quảng Ngãi',
    communes: [
      {
        code: '23293',
        name: 'Kon Tum',
        fullName: 'Phường Kon Tum',
        from: [
          { code: '23281', partial: false },
          { code: '23287', partial: false },
          { code: '23293', partial: false },
          { code: '23290', partial: false },
        ],
      },
      { code: '21409', name: 'Long Phụng', fullName: 'Xã Long Phụng', from: [{ code: '23293', partial: false }] },
      {
        code: '23284',
        name: 'Đăk Cấm',
        fullName: 'Phường Đăk Cấm',
        from: [
          { code: '23296', partial: false },
          { code: '23284', partial: false },
        ],
      },
      // formed from the Xã Đăk Hà of huyện Tu Mơ Rông (not on this demo map), not from the Thị trấn Đắk Hà of huyện Đắk Hà
      { code: '23425', name: 'Tu Mơ Rông', fullName: 'Xã Tu Mơ Rông', from: [] },
      {
        code: '23500',
        name: 'Đăk Hà',
        fullName: 'Xã Đăk Hà',
        from: [
          { code: '23500', partial: false },
          { code: '23521', partial: false },
          { code: '23524', partial: false },
        ],
      },
      {
        code: '23504',
        name: 'Đăk Pxi',
        fullName: 'Xã Đăk Pxi',
        from: [
          { code: '23504', partial: false },
          { code: '23503', partial: false },
        ],
      },
      {
        code: '23510',
        name: 'Đăk Ui',
        fullName: 'Xã Đăk Ui',
        from: [
          { code: '23510', partial: false },
          { code: '23509', partial: false },
        ],
      },
      {
        code: '23512',
        name: 'Đăk Mar',
        fullName: 'Xã Đăk Mar',
        from: [
          { code: '23506', partial: false },
          { code: '23512', partial: false },
        ],
      },
      {
        code: '23515',
        name: 'Ngọk Réo',
        fullName: 'Xã Ngọk Réo',
        from: [
          { code: '23515', partial: false },
          { code: '23518', partial: false },
        ],
      },
    ],
  },
];
