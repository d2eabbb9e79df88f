import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../hooks/useDismiss';
import { describeHours, type WorkingHours } from '../lib/workingHours';
import { WorkingHoursForm } from './WorkingHoursForm';

/** The agent's working hours in the header; opens the form in a small popover. */
export function WorkingHoursControl({ hours }: { hours: WorkingHours | null | undefined }) {
  const [open, setOpen] = useState(false);
  const text = describeHours(hours);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  // A click anywhere else closes it, as a popover should (unsaved edits are dropped, as with Cancel).
  useDismiss(open, root, close);
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        data-testid="hours-button"
        aria-expanded={open}
        aria-label={`Working hours: ${text}. Edit.`}
        title={text}
        onClick={() => setOpen((o) => !o)}
        className="flex max-w-[16rem] items-center gap-1 rounded-full border border-slate-200 bg-white px-3 py-1 text-xs text-slate-700 hover:bg-slate-50"
      >
        {/* On a phone the button is just "Hours" (the summary is in its title and label), so the header keeps to two rows. */}
        <span className="font-medium">
          Hours<span className="hidden sm:inline">:</span>
        </span>
        <span data-testid="hours-summary" className="hidden truncate sm:inline">
          {text}
        </span>
      </button>
      {open && (
        <div className="absolute right-0 top-full z-20 mt-2 w-96 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
          <WorkingHoursForm hours={hours} onDone={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
