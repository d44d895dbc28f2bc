import { errors, texts } from '../../core/i18n/catalogue.ts';

/** The IIIF words: the object page's zoom and manifest link, and the manifests' field names (Vietnamese first, English). */
export const iiifText = texts({
  zoom: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  zoomHome: { vi: 'Về toàn ảnh', en: 'Whole image' },
  zoomOpen: { vi: 'Phóng to ảnh "{alt}"', en: 'Zoom in on the image "{alt}"' },
  zoomViewer: { vi: 'Khung xem phóng to: kéo để di chuyển, cuộn hoặc chụm hai ngón để phóng to', en: 'Zoom view: drag to move, scroll or pinch to zoom' },
  manifest: {
    vi: 'Bản mô tả IIIF: mở hiện vật này trong Mirador, Universal Viewer hoặc trình xem IIIF khác',
    en: 'IIIF manifest: open this object in Mirador, Universal Viewer or another IIIF viewer',
  },
  exhibitionManifest: {
    vi: 'Bản mô tả IIIF: mở triển lãm này trong Mirador, Universal Viewer hoặc trình xem IIIF khác',
    en: 'IIIF manifest: open this exhibition in Mirador, Universal Viewer or another IIIF viewer',
  },
  institution: { vi: 'Bảo tàng', en: 'Museum' },
  attribution: { vi: 'Nguồn', en: 'Attribution' },
  exhibitionKind: { vi: 'Loại triển lãm', en: 'Kind of exhibition' },
  opens: { vi: 'Mở cửa', en: 'Opens' },
  closes: { vi: 'Đóng cửa', en: 'Closes' },
});

/** The IIIF services' errors (E658x). */
export const iiifErrors = errors({
  imageNotFound: { code: 'E6580', vi: 'Không có ảnh công khai số {id}.', en: 'No published image {id}.' },
  outsideImage: {
    code: 'E6581',
    vi: 'Vùng {region} nằm ngoài ảnh: ảnh rộng {width} và cao {height} điểm ảnh.',
    en: 'The region {region} lies outside the image, which is {width} × {height} pixels.',
  },
  noSuchTile: {
    code: 'E6582',
    vi: 'Không có ô ảnh {path}: dịch vụ ảnh cấp 0 chỉ trả các ô và cỡ đã tạo sẵn, liệt kê trong info.json.',
    en: 'No tile {path}: a level 0 image service serves only the tiles and sizes its info.json lists.',
  },
  badRequest: {
    code: 'E6583',
    vi: 'Yêu cầu ảnh không hợp lệ: {path}. Dạng đúng: vùng/cỡ/0/default.jpg, ví dụ 0,0,512,512/512,512/0/default.jpg.',
    en: 'Not a valid image request: {path}. The form is region/size/0/default.jpg, e.g. 0,0,512,512/512,512/0/default.jpg.',
  },
  objectNotFound: { code: 'E6584', vi: 'Không có hiện vật công khai số {id}.', en: 'No published object {id}.' },
  museumNotFound: { code: 'E6586', vi: 'Không có bảo tàng mã "{code}".', en: 'No museum "{code}".' },
  exhibitionNotFound: { code: 'E6585', vi: 'Không có triển lãm đã công bố số {id}.', en: 'No published exhibition {id}.' },
});
