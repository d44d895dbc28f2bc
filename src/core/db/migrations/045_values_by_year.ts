import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { thisYear } from '../../time.ts';
import { partitionTableByYear, YEAR_PARTITIONED } from '../year-partitions.ts';

/**
 * PostgreSQL: `data_values` and `audit_log` partitioned by year (issue 23: the programme's lifetime of data, 100–200 M
 * values through 2030). A partitioned table's key must hold its partition key: data values are keyed by institution,
 * element, period and year (the period decides the year, so the cells are the same), audit entries by id and instant.
 * SQLite keeps both as they are.
 */
export function valuesByYear(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      const [values, audit] = YEAR_PARTITIONED as [(typeof YEAR_PARTITIONED)[number], (typeof YEAR_PARTITIONED)[number]];
      const through = thisYear() + 1;
      await partitionTableByYear(
        db,
        values,
        ['institution_id', 'element_id', 'period', 'year'],
        [{ name: 'data_values_year', columns: ['year', 'element_id'] }],
        through,
      );
      await partitionTableByYear(
        db,
        audit,
        ['id', 'at'],
        [
          { name: 'audit_log_entity', columns: ['entity', 'entity_key'] },
          { name: 'audit_log_at', columns: ['at'] },
          { name: 'audit_log_user', columns: ['user_id', 'at'] },
        ],
        through,
      );
    },
    async down() {
      throw new Error('045_values_by_year cannot be undone: restore a backup taken before it');
    },
  };
}
