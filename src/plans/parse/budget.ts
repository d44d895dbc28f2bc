/**
 * Budget sources, from the section "Kinh phí thực hiện": the state budget (by level, per the
 * State Budget Law), socialisation (donations, sponsorship: "xã hội hóa", "tài trợ", "đóng góp")
 * and money folded into other programmes ("lồng ghép").
 */
import { originalText, toOriginal, type Folded } from './normalise.ts';
import type { Structure } from './structure.ts';
import type { BudgetSource } from './types.ts';

const SOURCES: [BudgetSource['source'], RegExp][] = [
  ['state_budget', /ngan\s+sach\s+(?:nha\s+nuoc|dia\s+phuong|tinh|huyen|xa|cac\s+cap)|nguon\s+ngan\s+sach/],
  ['socialisation', /xa\s+hoi\s+hoa|tai\s+tro|dong\s+gop|huy\s+dong\s+(?:tu\s+)?(?:cac\s+)?nguon/],
  ['integrated', /long\s+ghep/],
];

export function readBudget(f: Folded, st: Structure): BudgetSource[] {
  const section = st.sections.find((s) => /kinh phi/.test(s.title));
  if (!section) return [];
  const out: BudgetSource[] = [];
  const parts = section.items.length > 0 ? section.items : [{ start: section.start, bodyStart: section.start, end: section.end }];
  for (const [source, re] of SOURCES) {
    for (const it of parts) {
      if (!re.test(f.text.slice(it.bodyStart, it.end))) continue;
      out.push({ source, text: originalText(f, it.bodyStart, it.end), span: toOriginal(f, it.bodyStart, it.end) });
      break;
    }
  }
  return out;
}
