interface Props {
  /** data-testid of the submit button. */
  testId: string;
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled: boolean;
  onCancel(): void;
}

/** Cancel and the primary submit button at the end of a small form. */
export function FormButtons({ testId, label, busyLabel, busy, disabled, onCancel }: Props) {
  return (
    <>
      <button type="button" onClick={onCancel} className="rounded-lg px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
        Cancel
      </button>
      <button
        type="submit"
        data-testid={testId}
        disabled={disabled}
        className="rounded-lg bg-sky-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-500 disabled:opacity-60"
      >
        {busy ? busyLabel : label}
      </button>
    </>
  );
}
