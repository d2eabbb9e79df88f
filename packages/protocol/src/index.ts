export * from './ids.js';
export * from './errors.js';
export * from './control.js';
export * from './messages.js';
export * from './conversation.js';
export * from './events.js';
export * from './bridge.js';
export * from './ops.js';
