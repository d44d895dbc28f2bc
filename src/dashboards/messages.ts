import { errors, texts } from '../core/i18n/index.ts';

/** What the dashboards say besides the shared words (core/i18n/messages.ts) and the plans' links. */
export const dashboardsText = texts({
  noMap: { vi: 'Chưa có dữ liệu đơn vị hành chính. Chạy: lifelong seed demo', en: 'No administrative units yet. Run: lifelong seed demo' },
  existedUntil: { vi: 'Đơn vị tồn tại đến ngày {date}', en: 'Existed until {date}' },
  endedMergedInto: { vi: 'Đơn vị này đã kết thúc ngày {date}, sáp nhập vào', en: 'This unit ended on {date} and merged into' },
  endedNoSuccessor: { vi: 'Đơn vị này đã kết thúc ngày {date}.', en: 'This unit ended on {date}.' },
  formedFrom: { vi: 'Đơn vị được thành lập từ ngày {date} trên cơ sở:', en: 'This unit was formed on {date} from:' },
  formedFromUndated: { vi: 'Đơn vị được thành lập trên cơ sở:', en: 'This unit was formed from:' },
  part: { vi: '(một phần)', en: '(part of it)' },
  yourUnitEnded: {
    vi: 'Tài khoản của bạn vẫn gắn với đơn vị đã kết thúc này. Quản trị hệ thống sẽ chuyển tài khoản sang đơn vị kế tiếp; trong lúc chờ, bạn xem được số liệu của đơn vị đến ngày {date}.',
    en: 'Your account still belongs to this ended unit. The administrator will move it to the successor; meanwhile you can read the unit’s data up to {date}.',
  },
  notInYear: {
    vi: 'Năm {year} đơn vị này không còn tồn tại nên không có số liệu: số liệu của địa bàn nằm ở đơn vị kế tiếp (liên kết ở trên).',
    en: 'The unit no longer existed in {year}, so it has no figures: the area’s figures are its successor’s (linked above).',
  },
  draftToReview: { vi: ' · bản nháp, chờ duyệt', en: ' · draft, to review' },
  largestGaps: { vi: 'Khoảng cách lớn nhất', en: 'Largest gaps' },
  partialYear: {
    vi: 'Năm {year} chưa kết thúc: số liệu mới đến tháng {month}/{year}. Các chỉ số tăng trưởng chỉ tính khi đủ năm (so {month} tháng với cả năm trước sẽ sai lệch); năm gần nhất đã đủ số liệu là {complete}.',
    en: '{year} is not over: figures run to month {month}. Growth indicators are given for whole years only (comparing {month} months with a whole year would mislead); the last complete year is {complete}.',
  },
  partialYearNoMonth: {
    vi: 'Năm {year} chưa có tháng nào kết thúc; năm gần nhất đã đủ số liệu là {complete}.',
    en: 'No month of {year} is over yet; the last complete year is {complete}.',
  },
  partialGrowth: { vi: 'chưa đủ năm', en: 'year not over' },
  toMonth: { vi: 'đến tháng {month}', en: 'to month {month}' },
  levelGroup: { vi: 'Cấp {level} ({n})', en: '{level} level ({n})' },
  sortHint: { vi: 'Bấm tiêu đề cột để sắp xếp.', en: 'Select a column heading to sort.' },
  sortedAsc: { vi: 'tăng dần', en: 'ascending' },
  sortedDesc: { vi: 'giảm dần', en: 'descending' },
  sortBy: { vi: 'Sắp xếp theo {column}', en: 'Sort by {column}' },
  targetOf: { vi: 'chỉ tiêu {value}', en: 'target {value}' },
  targetFrom: { vi: 'theo {plan}', en: 'from {plan}' },
  misplaced: {
    vi: 'Lỗi dữ liệu: các đơn vị sau nằm trực tiếp dưới cả nước nhưng không phải cấp tỉnh (chưa có vị trí trên bản đồ hành chính), nên không được tính là tỉnh:',
    en: 'Data problem: these units hang directly under the nation but are not provinces (the map has no place for them), so they are not shown as provinces:',
  },
  targetsSet: { vi: 'Số chỉ tiêu kế hoạch đặt ra', en: 'Targets the plans set' },
  shareMet: { vi: 'Tỷ lệ chỉ tiêu đạt', en: 'Share of targets met' },
  noTargetsSet: { vi: 'chưa đặt chỉ tiêu', en: 'no target set' },
  overviewRanking: {
    vi: 'Xếp theo tỷ lệ chỉ tiêu đạt, từ thấp đến cao (nơi kế hoạch đặt nhiều chỉ tiêu hơn không bị xếp thấp hơn vì thế).',
    en: 'Ranked by the share of targets met, lowest first (a place whose plans set more targets is not ranked lower for it).',
  },
  analyseLink: { vi: 'Phân tích, so sánh và tải số liệu', en: 'Analyse, compare and download the figures' },
});

/** The analysis page's refusals (E36xx: dashboards). */
export const analysisErrors = errors({
  placeRequired: { code: 'E3601', vi: 'Chọn địa bàn', en: 'Choose a place' },
  noPlace: { code: 'E3602', vi: 'Không tìm thấy địa bàn "{text}"', en: 'No place "{text}"' },
  manyPlaces: {
    code: 'E3603',
    vi: 'Có nhiều địa bàn tên "{text}": {names}. Chọn một trong danh sách.',
    en: 'Several places are called "{text}": {names}. Choose one from the list.',
  },
  noIndicator: { code: 'E3604', vi: 'Chọn ít nhất một chỉ số', en: 'Choose at least one indicator' },
  noYear: { code: 'E3605', vi: 'Chọn ít nhất một năm', en: 'Choose at least one year' },
});

/** What the analysis page (`/phan-tich`) says. */
export const analysisText = texts({
  title: { vi: 'Phân tích và so sánh', en: 'Analyse and compare' },
  intro: {
    vi: 'Chọn địa bàn, chỉ số và năm; bảng, biểu đồ và tệp tải về dùng cùng một số liệu với bảng điều khiển. Địa chỉ trang giữ lựa chọn của bạn để chia sẻ hoặc lưu lại.',
    en: 'Choose a place, indicators and years; the table, the chart and the downloads use the dashboards’ own figures. The page’s address keeps your choice, to share or bookmark.',
  },
  place: { vi: 'Địa bàn', en: 'Place' },
  placeHint: {
    vi: 'Gõ tên tỉnh, huyện (có hoặc không dấu) rồi chọn trong danh sách.',
    en: 'Type a province or district name (with or without diacritics) and pick it.',
  },
  scope: { vi: 'So sánh', en: 'Compare' },
  scopeChildren: { vi: 'các đơn vị trực thuộc', en: 'the units directly below' },
  scopeSelf: { vi: 'chỉ địa bàn này', en: 'this place only' },
  scopeCommunes: { vi: 'mọi xã, phường trong địa bàn', en: 'every commune within it' },
  indicators: { vi: 'Chỉ số', en: 'Indicators' },
  years: { vi: 'Năm', en: 'Years' },
  rows: { vi: 'Hàng', en: 'Rows' },
  columns: { vi: 'Cột', en: 'Columns' },
  dimUnit: { vi: 'Đơn vị', en: 'Unit' },
  dimIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  dimYear: { vi: 'Năm', en: 'Year' },
  show: { vi: 'Xem', en: 'Show' },
  thereIsAProblem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  download: { vi: 'Tải về', en: 'Download' },
  downloadCsv: { vi: 'Tải CSV', en: 'Download CSV' },
  downloadXlsx: { vi: 'Tải Excel (XLSX)', en: 'Download Excel (XLSX)' },
  printHint: { vi: 'In trang: bảng và biểu đồ được in, không in biểu mẫu.', en: 'Print the page: the table and the chart are printed, not the form.' },
  tableCaption: { vi: '{place}: {scope}, {years}', en: '{place}: {scope}, {years}' },
  chartLine: { vi: 'Biểu đồ: {indicator} qua các năm', en: 'Chart: {indicator} over the years' },
  chartBars: { vi: 'Biểu đồ: {indicator}, {year}', en: 'Chart: {indicator}, {year}' },
  chartNote: { vi: 'Số liệu của biểu đồ nằm trong bảng trên.', en: 'The chart’s figures are in the table above.' },
  chartFirst: { vi: 'Biểu đồ vẽ chỉ số đầu tiên đã chọn{more}.', en: 'The chart draws the first indicator chosen{more}.' },
  chartMore: { vi: ' và {n} đơn vị đầu tiên của bảng', en: ' and the first {n} units of the table' },
  noRows: { vi: 'Không có đơn vị nào trong phạm vi đã chọn.', en: 'No unit in the chosen scope.' },
  sortHint: { vi: 'Bấm tiêu đề cột để sắp xếp theo cột đó.', en: 'Select a column heading to sort by it.' },
  table: { vi: 'Bảng số liệu', en: 'Table of figures' },
  until: { vi: 'đến {date}', en: 'until {date}' },
  partYear: { vi: 'không đủ năm', en: 'not the whole year' },
});

/** What the map (`/ban-do`) says. */
export const mapText = texts({
  title: { vi: 'Bản đồ chương trình', en: 'Map of the programme' },
  intro: {
    vi: 'Mỗi tỉnh, thành phố tô màu theo tình trạng của chỉ số so với chỉ tiêu, trên bản đồ hành chính có hiệu lực ngày 31/12 của năm đã chọn (34 tỉnh, thành phố từ năm 2025; 63 trước đó). Bảng bên cạnh ghi cùng các số liệu.',
    en: 'Each province is coloured by the indicator’s status against its target, on the administrative map in force on 31 December of the year chosen (34 provinces from 2025; 63 before). The table beside it gives the same figures.',
  },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  year: { vi: 'Năm', en: 'Year' },
  show: { vi: 'Xem bản đồ', en: 'Show the map' },
  caption: { vi: '{indicator}, năm {year}: {n} tỉnh, thành phố', en: '{indicator}, {year}: {n} provinces' },
  communeCaption: {
    vi: '{indicator}, năm {year}: các xã, phường của {place}, xếp từ cao đến thấp',
    en: '{indicator}, {year}: the communes of {place}, highest first',
  },
  legend: { vi: 'Chú giải', en: 'Legend' },
  legendCount: { vi: '{word} ({n})', en: '{word} ({n})' },
  area: { vi: 'Tỉnh, thành phố', en: 'Province' },
  commune: { vi: 'Xã, phường', en: 'Commune' },
  value: { vi: 'Giá trị ({unit})', en: 'Value ({unit})' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  status: { vi: 'Tình trạng', en: 'Status' },
  areaTitle: { vi: '{name}: {value} — {status}', en: '{name}: {value} — {status}' },
  notInPlatform: { vi: 'chưa có trong hệ thống', en: 'not in the system yet' },
  noBoundary: { vi: 'không có trên bản đồ', en: 'not on the map' },
  mapLabel: {
    vi: 'Bản đồ {n} tỉnh, thành phố tô màu theo tình trạng: {indicator}, năm {year}',
    en: 'Map of {n} provinces coloured by status: {indicator}, {year}',
  },
  table: { vi: 'Bảng số liệu của bản đồ', en: 'The map’s figures' },
  communesLink: { vi: 'các xã, phường', en: 'communes' },
  noBoundaries: {
    vi: 'Máy chủ này chưa cài ranh giới hành chính (data/vn-boundaries), nên chỉ có bảng số liệu.',
    en: 'This server has no administrative boundaries installed (data/vn-boundaries), so only the table is shown.',
  },
  noCommuneBoundaries: {
    vi: 'Chưa có ranh giới cấp xã được phép dùng lại công khai, nên cấp xã được thể hiện bằng biểu đồ thanh xếp hạng thay cho bản đồ.',
    en: 'No commune boundaries can be had under a licence that allows their reuse, so the communes are shown as a ranked bar chart instead of a map.',
  },
  backToCountry: { vi: 'Về bản đồ cả nước', en: 'Back to the country’s map' },
  source: {
    vi: 'Ranh giới: geoBoundaries (www.geoboundaries.org, CC BY 4.0), 63 tỉnh trước năm 2025; 34 tỉnh ghép từ 63 tỉnh theo danh sách sáp nhập 2025. Giản lược để hiển thị.',
    en: 'Boundaries: geoBoundaries (www.geoboundaries.org, CC BY 4.0), the 63 provinces before 2025; the 34 merged from them along the 2025 merger list. Simplified for the screen.',
  },
  mapLink: { vi: 'Bản đồ', en: 'Map' },
  hoangSa: { vi: 'QĐ. Hoàng Sa (Đà Nẵng)', en: 'Hoàng Sa Is. (Đà Nẵng)' },
  truongSa: { vi: 'QĐ. Trường Sa (Khánh Hòa)', en: 'Trường Sa Is. (Khánh Hòa)' },
});
