/**
 * Name prefixes of the PostgreSQL databases each test project creates (and its global setup drops, at start for a
 * crashed run's and at the end). One per project: with a single shared prefix, integration-pg's setup or teardown
 * dropped (WITH FORCE) the databases of a multinode run going on at the same time, and the reverse.
 */
export const TEST_DB_PREFIX = { 'integration-pg': 'baton_tpg', multinode: 'baton_tmn' } as const;
