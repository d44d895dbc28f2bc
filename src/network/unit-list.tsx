import { findUnitChoices, UNITS_LISTED, type UnitChoice } from './unit-picker.ts';

/** The units a person may choose by name, offered to the inputs with `list="unit-names"`. */
export function UnitList(props: { choices: UnitChoice[]; typed?: string }) {
  // many units (an admin's whole map): only those the typed name holds are offered
  const list = props.choices.length <= UNITS_LISTED ? props.choices : findUnitChoices(props.choices, props.typed ?? '').matches;
  return (
    <datalist id="unit-names">
      {list.map((u) => (
        <option value={u.label} />
      ))}
    </datalist>
  );
}
