import { addLearningSource } from './learning-record.ts';
import { localDate } from '../core/time.ts';

/** Library loans on the citizen's cards (`lib_patrons.user_id`) join the learning record as 'loans'. */
addLearningSource({
  measure: 'loans',
  async entries(db, userId) {
    const rows = await db
      .selectFrom('lib_loans as l')
      .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
      .innerJoin('lib_items as it', 'it.id', 'l.item_id')
      .innerJoin('lib_records as r', 'r.id', 'it.record_id')
      .innerJoin('institutions as i', 'i.id', 'l.institution_id')
      .select(['r.title', 'i.name as institution', 'l.out_at', 'l.returned_at'])
      .where('p.user_id', '=', userId)
      .execute();
    return rows.map((r) => ({
      measure: 'loans',
      title: r.title,
      institution: r.institution,
      date: localDate(r.out_at),
      status: r.returned_at ? 'returned' : 'on_loan',
      counts: true,
    }));
  },
});
