import sharp from 'sharp';
import type { DB } from '../core/db/database.ts';
import { createUser } from '../accounts/users.ts';
import { createEvent } from '../events/events.ts';
import { recordAttendance, register } from '../events/registration.ts';
import { addImage } from '../museum/images.ts';
import { createCollection, createObject } from '../museum/objects.ts';
import { addItem, addStop, createExhibition, publishExhibition } from '../museum/exhibitions.ts';
import { bookProgramme, createProgramme, recordVisits } from '../museum/education.ts';
import { createClub } from '../culture/clubs.ts';
import { addMember } from '../culture/members.ts';
import { recordSession } from '../culture/sessions.ts';
import { recordCommendation, recordDonation } from '../socialisation/donations.ts';

/** A deterministic picture (no files shipped): a coloured field with a few shapes, made by sharp. */
function picture(hue: string, shape: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640"><rect width="960" height="640" fill="${hue}"/>${shape}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function firstOfKind(db: DB, kind: string, provinceCode: string) {
  return db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
    .innerJoin('units as p', 'p.id', 'c.ancestor_id')
    .select(['i.id', 'i.code', 'iu.unit_id'])
    .where('i.kind', '=', kind)
    .where('p.code', '=', provinceCode)
    .where('p.valid_to', 'is', null)
    .orderBy('i.code')
    .executeTakeFirstOrThrow();
}

/**
 * Issue 6's demo: events on the commemorative days (held ones with attendance, coming ones open for
 * registration), a museum with objects and a published virtual exhibition, a regular club, a donation
 * and a commendation — in Huế, the same on every run. Users: baotang.hue (museum staff), congdan (citizen).
 */
export async function seedCultureDemo(db: DB, admin: number, password: string): Promise<string> {
  const library = await firstOfKind(db, 'library_public_province', '46');
  const commune = await firstOfKind(db, 'library_public_commune', '46');
  const museum = await firstOfKind(db, 'museum_public', '46');
  const centre = await firstOfKind(db, 'culture_centre_commune', '46');
  await createUser(db, { username: 'baotang.hue', password, displayName: 'Bảo tàng tỉnh Thừa Thiên Huế', role: 'staff', institutionId: museum.id });
  const citizen = await createUser(db, { username: 'congdan', password, displayName: 'Nguyễn Văn Dân', role: 'citizen', unitId: commune.unit_id });
  // where a few Huế institutions are and when they open (issue 21: "Gần bạn", "near me"); illustrative, not surveyed
  const located: [string, string, string, number, number][] = [
    ['BTTINH-46', '3 Lê Trực, Huế', '7:30–17:00, thứ Ba đến Chủ nhật', 16.4722, 107.5841],
    ['TVXA-19777', '45 Nguyễn Sinh Cung, Vỹ Dạ', '7:30–11:00 và 13:30–17:00, thứ Hai đến thứ Sáu', 16.4671, 107.6031],
    ['TTVHXA-19777', '12 Phạm Văn Đồng, Vỹ Dạ', '8:00–21:00 mỗi ngày', 16.4652, 107.6072],
    ['NVH-19777', 'Thôn 1, Vỹ Dạ', '17:00–21:00 mỗi ngày', 16.4698, 107.6012],
  ];
  for (const [code, address, hours, latitude, longitude] of located)
    await db.updateTable('institutions').set({ address, opening_hours: hours, latitude, longitude }).where('code', '=', code).execute();

  const held = await createEvent(
    db,
    {
      institutionId: library.id,
      kind: 'reading_festival',
      title: 'Ngày hội Sách và Văn hóa đọc 2026',
      description: 'Trưng bày sách, giao lưu tác giả, thi kể chuyện theo sách cho thiếu nhi.',
      place: 'Thư viện tỉnh, 25 Lê Lợi',
      startsAt: '2026-04-21T08:00',
      endsAt: '2026-04-21T16:30',
      capacity: 300,
      days: ['21/4', '23/4'],
    },
    admin,
  );
  await register(db, held, citizen, '2026-04-01T09:00');
  const reg = await db.selectFrom('event_registrations').select('id').where('event_id', '=', held).executeTakeFirstOrThrow();
  await recordAttendance(db, held, { attended: [reg.id], walkIns: 184 }, admin, '2026-04-21T17:00');
  const comm = await createEvent(
    db,
    {
      institutionId: library.id,
      kind: 'communication',
      title: 'Tuần lễ hưởng ứng học tập suốt đời: tuyên truyền trên sóng phát thanh',
      place: 'Đài Phát thanh - Truyền hình Huế',
      startsAt: '2026-10-01T19:00',
      endsAt: '2026-10-01T19:30',
      days: ['tuan-le-hoc-tap'],
    },
    admin,
  );
  await recordAttendance(db, comm, { attended: [], walkIns: 0 }, admin, '2026-10-02T00:00');
  const training = await createEvent(
    db,
    {
      institutionId: library.id,
      kind: 'training',
      title: 'Tập huấn chuyển đổi số cho cán bộ thư viện cơ sở',
      place: 'Hội trường Thư viện tỉnh',
      startsAt: '2026-10-10T08:00',
      endsAt: '2026-10-10T17:00',
      capacity: 60,
      days: ['10/10'],
    },
    admin,
  );
  await recordAttendance(db, training, { attended: [], walkIns: 48 }, admin, '2026-10-11T00:00');
  await createEvent(
    db,
    {
      institutionId: commune.id,
      kind: 'reading_festival',
      title: 'Ngày hội đọc sách xã 21/4',
      description: 'Đọc sách cùng con, đổi sách cũ lấy sách mới, góc sách thiếu nhi.',
      place: 'Nhà văn hóa xã',
      startsAt: '2027-04-21T07:30',
      endsAt: '2027-04-21T11:00',
      capacity: 80,
      days: ['21/4'],
    },
    admin,
  );
  await createEvent(
    db,
    {
      institutionId: library.id,
      kind: 'book_exhibition',
      title: 'Trưng bày sách Ngày Sách và Bản quyền thế giới',
      place: 'Sảnh Thư viện tỉnh',
      startsAt: '2027-04-23T08:00',
      endsAt: '2027-04-30T17:00',
      days: ['23/4'],
    },
    admin,
  );
  await createEvent(
    db,
    {
      institutionId: museum.id,
      kind: 'talk',
      title: 'Nói chuyện chuyên đề: Bảo tàng và giáo dục di sản',
      place: 'Bảo tàng tỉnh',
      startsAt: '2027-05-18T14:00',
      endsAt: '2027-05-18T16:00',
      capacity: 120,
      days: ['18/5'],
    },
    admin,
  );

  const collection = await createCollection(
    db,
    { institutionId: museum.id, name: 'Hiện vật cung đình Huế', description: 'Đồ dùng, trang phục và nghi trượng thời Nguyễn.' },
    admin,
  );
  const objects = [
    {
      identifier: 'BTH-0001',
      title: 'Bình gốm men lam Huế',
      dateText: 'Thế kỷ XIX',
      type: 'Gốm sứ',
      format: 'Gốm men lam, cao 32 cm',
      provenance: 'Hiến tặng của gia đình cụ Tôn Thất H., 2012',
      ethnicGroup: 'Kinh',
      hue: '#d8e3f0',
      shape: '<circle cx="480" cy="320" r="200" fill="#1f4e8c"/>',
      alt: 'Bình gốm tròn màu trắng vẽ hoa văn xanh lam đậm',
      caption: 'Đồ sứ ký kiểu đặt làm cho triều Nguyễn, trang trí men lam.',
    },
    {
      identifier: 'BTH-0002',
      title: 'Áo nhật bình',
      dateText: 'Đầu thế kỷ XX',
      type: 'Trang phục',
      format: 'Lụa thêu, dài 110 cm',
      provenance: 'Sưu tầm tại Huế, 2008',
      ethnicGroup: 'Kinh',
      hue: '#f4e2c8',
      shape: '<rect x="330" y="120" width="300" height="400" fill="#a4262c"/>',
      alt: 'Áo dài cổ vuông màu đỏ thẫm thêu chỉ vàng',
      caption: 'Lễ phục của nữ quan và hoàng tộc.',
    },
    {
      identifier: 'BTH-0003',
      title: 'Chiêng đồng Tà Ôi',
      dateText: 'Thế kỷ XX',
      type: 'Nhạc cụ',
      format: 'Đồng, đường kính 45 cm',
      provenance: 'Sưu tầm tại A Lưới, 2015',
      ethnicGroup: 'Tà Ôi',
      hue: '#e9e4d4',
      shape: '<circle cx="480" cy="320" r="220" fill="#b08d2c"/><circle cx="480" cy="320" r="40" fill="#6b5217"/>',
      alt: 'Chiếc chiêng đồng màu vàng sẫm, có núm tròn ở giữa',
      caption: 'Chiêng dùng trong lễ hội mừng lúa mới của người Tà Ôi.',
    },
  ];
  const virtual = await createExhibition(
    db,
    {
      institutionId: museum.id,
      kind: 'virtual',
      title: 'Di sản Huế trong lòng dân',
      intro: 'Triển lãm ảo giới thiệu hiện vật cung đình và văn hóa các dân tộc ở Huế, nhân Ngày Quốc tế Bảo tàng.',
      opensOn: '2026-05-18',
    },
    admin,
  );
  for (const o of objects) {
    const id = await createObject(
      db,
      {
        institutionId: museum.id,
        collectionId: collection,
        identifier: o.identifier,
        title: o.title,
        dateText: o.dateText,
        type: o.type,
        format: o.format,
        provenance: o.provenance,
        ethnicGroup: o.ethnicGroup,
        description: o.caption,
        rights: 'Bảo tàng tỉnh Thừa Thiên Huế',
      },
      admin,
    );
    await addImage(db, id, { bytes: await picture(o.hue, o.shape), name: `${o.identifier}.png` }, o.alt, admin);
    await addItem(db, virtual, id, o.caption, admin);
  }
  await publishExhibition(db, virtual, admin);
  const travelling = await createExhibition(
    db,
    { institutionId: museum.id, kind: 'travelling', title: 'Huế xưa qua tư liệu', opensOn: '2026-06-01', closesOn: '2026-06-30' },
    admin,
  );
  await addStop(db, travelling, { place: 'Trường THCS Nguyễn Tri Phương', startsOn: '2026-06-01', endsOn: '2026-06-10' }, admin);
  await addStop(db, travelling, { place: 'Nhà văn hóa xã', startsOn: '2026-06-15', endsOn: '2026-06-30' }, admin);
  await publishExhibition(db, travelling, admin);
  const programme = await createProgramme(
    db,
    { institutionId: museum.id, title: 'Em làm nhà khảo cổ', description: 'Học sinh tìm hiểu hiện vật qua trò chơi.', maxStudents: 45 },
    admin,
  );
  await bookProgramme(db, programme, { school: 'THCS Nguyễn Tri Phương', className: '7A', students: 40, onDate: '2027-05-18' }, citizen, '2026-12-01');
  for (const [day, visitors, students, study] of [
    ['2026-05-18', 1240, 380, 95],
    ['2026-05-19', 410, 120, 30],
  ] as const)
    await recordVisits(db, museum.id, { day, visitors, students, study }, admin);

  const club = await createClub(
    db,
    {
      institutionId: centre.id,
      kind: 'club',
      name: 'Câu lạc bộ Ca Huế',
      description: 'Sinh hoạt, truyền dạy ca Huế cho thanh thiếu niên.',
      schedule: 'Tối thứ Bảy hằng tuần',
    },
    admin,
    '2026-01-03T00:00:00Z',
  );
  const members = [
    await addMember(db, club, { userId: citizen, name: 'Nguyễn Văn Dân', joinedOn: '2026-01-10' }, admin),
    await addMember(db, club, { name: 'Lê Thị Hương', joinedOn: '2026-01-10' }, admin),
  ];
  for (let m = 1; m <= 10; m++) {
    const onDate = `2026-${String(m).padStart(2, '0')}-14`;
    // the demo's sessions are held on their day, whatever today is on the machine that seeds
    await recordSession(db, club, { onDate, present: members }, admin, onDate);
  }

  await recordDonation(
    db,
    {
      institutionId: library.id,
      donor: 'Công ty Cổ phần Sách Thuận Hóa',
      kind: 'books',
      amount: 1200,
      description: 'Sách thiếu nhi cho các tủ sách xã',
      onDate: '2026-04-21',
    },
    admin,
  );
  await recordDonation(
    db,
    {
      institutionId: library.id,
      donor: 'Hội Khuyến học tỉnh',
      kind: 'money',
      amount: 50_000_000,
      description: 'Giải thưởng cuộc thi kể chuyện theo sách',
      onDate: '2026-04-21',
    },
    admin,
  );
  await recordCommendation(
    db,
    {
      institutionId: library.id,
      recipient: 'Thư viện tỉnh Thừa Thiên Huế',
      recipientType: 'collective',
      title: 'Bằng khen của Chủ tịch UBND tỉnh',
      issuer: 'UBND tỉnh Thừa Thiên Huế',
      onDate: '2026-11-23',
    },
    admin,
  );
  return '6 events, 3 museum objects with images, 2 exhibitions, 1 club, 2 donations, 1 commendation';
}
