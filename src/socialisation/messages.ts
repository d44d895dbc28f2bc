import { names, texts } from '../core/i18n/catalogue.ts';

/** The thank-you and honours pages' own words (Vietnamese first, English). The module raises no errors of its own. */
export const socialisationText = texts({
  thereIsAProblem: { vi: 'Có vấn đề cần sửa', en: 'There is a problem' },
  thanks: { vi: 'Ghi nhận, cảm ơn', en: 'Thanks and honours' },
  thanksIn: { vi: 'Ghi nhận và cảm ơn — {unit}, {year}', en: 'Thanks and honours — {unit}, {year}' },
  donors: { vi: 'Nhà tài trợ, người quyên góp', en: 'Sponsors and donors' },
  commendations: { vi: 'Khen thưởng', en: 'Commendations' },
  manage: { vi: 'Xã hội hóa và khen thưởng', en: 'Socialisation and honours' },
  recordDonation: { vi: 'Ghi nhận tài trợ, quyên góp', en: 'Record a donation' },
  donor: { vi: 'Nhà tài trợ', en: 'Donor' },
  donationKind: { vi: 'Hình thức', en: 'Kind' },
  amount: { vi: 'Số lượng, giá trị', en: 'Amount' },
  content: { vi: 'Nội dung', en: 'Description' },
  date: { vi: 'Ngày', en: 'Date' },
  thankPublicly: { vi: 'Đưa vào danh sách cảm ơn công khai', en: 'Thank publicly' },
  recordCommendation: { vi: 'Ghi nhận khen thưởng', en: 'Record a commendation' },
  recipient: { vi: 'Tập thể, cá nhân được khen', en: 'Recipient' },
  recipientType: { vi: 'Đối tượng', en: 'Type' },
  honourTitle: { vi: 'Hình thức khen thưởng', en: 'Title' },
  issuer: { vi: 'Cơ quan khen thưởng', en: 'Issuer' },
  // a commendation's recipient (`commendations.recipient_type`): in a sentence and in the form
  collective: { vi: 'tập thể', en: 'collective' },
  individual: { vi: 'cá nhân', en: 'individual' },
  collectiveOption: { vi: 'Tập thể', en: 'Collective' },
  individualOption: { vi: 'Cá nhân', en: 'Individual' },
});

/** Kinds of donation (`donations.kind`) by their names. */
export const donationKindName = names({
  money: { vi: 'Tiền (đồng)', en: 'Money (VND)' },
  books: { vi: 'Sách (bản)', en: 'Books (copies)' },
  equipment: { vi: 'Trang thiết bị (món)', en: 'Equipment (items)' },
});
export type DonationKind = keyof typeof donationKindName.entries;
