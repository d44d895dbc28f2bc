/** A labelled input of the management forms, its problem (if any) beside it and tied to it for screen readers. */
export const Field = (p: { id: string; label: string; type?: string; required?: boolean; value?: string; problem?: string }) => (
  <>
    <label for={p.id}>{p.label}</label>
    {p.problem ? (
      <span class="field-error" id={`${p.id}-err`}>
        {p.problem}
      </span>
    ) : null}
    <input
      id={p.id}
      name={p.id}
      type={p.type ?? 'text'}
      required={p.required}
      value={p.value}
      aria-invalid={p.problem ? 'true' : undefined}
      aria-describedby={p.problem ? `${p.id}-err` : undefined}
    />
  </>
);
