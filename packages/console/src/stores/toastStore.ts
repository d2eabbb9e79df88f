import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface ToastState {
  toasts: Toast[];
  push(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
}

const TOAST_MS = 6000;
let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (kind, text) => {
    // The same error twice in a row (e.g. a retry loop) should not stack up.
    if (get().toasts.some((t) => t.text === text)) return;
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, text }] }));
    setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const toastError = (text: string) => useToastStore.getState().push('error', text);
export const toastInfo = (text: string) => useToastStore.getState().push('info', text);
