import { describeError } from '../lib/errors';
import { useAuthStore } from '../stores/authStore';
import { useOpsStore } from '../stores/opsStore';
import { toastError } from '../stores/toastStore';
import { request } from './request';

export async function loadTickets(): Promise<void> {
  const ack = await request('tickets:list', {});
  if (ack.ok) useOpsStore.getState().setTickets(ack.data.tickets);
  else toastError(describeError(ack.error));
}

export async function closeTicket(ticketId: string): Promise<void> {
  const ack = await request('ticket:close', { ticketId });
  if (ack.ok) useOpsStore.getState().addTicket(ack.data.ticket);
  else toastError(describeError(ack.error));
}

export async function loadSupervisorSnapshot(): Promise<void> {
  if (useAuthStore.getState().agent?.role !== 'supervisor') return;
  const ack = await request('supervisor:snapshot', {});
  if (ack.ok) useOpsStore.getState().setSupervisor(ack.data);
  else toastError(describeError(ack.error));
}
