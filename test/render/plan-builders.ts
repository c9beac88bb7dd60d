import type { Change, RecordSet, RecordType, ZonePlan } from '../../src/model/types.js';

export function rrset(name: string, type: RecordType, values: string[], ttl = 300): RecordSet {
  return { name, type, ttl, values: [...values].sort() };
}

export function create(after: RecordSet): Change {
  return { action: 'create', name: after.name, type: after.type, before: null, after };
}

export function remove(before: RecordSet): Change {
  return { action: 'delete', name: before.name, type: before.type, before, after: null };
}

export function update(before: RecordSet, after: RecordSet): Change {
  const ttlOnly = before.ttl !== after.ttl && before.values.join('\n') === after.values.join('\n');
  return { action: 'update', name: after.name, type: after.type, before, after, ttlOnly };
}

export function zonePlan(zone: string, changes: Change[], existingCount = 10, ignoredCount = 0): ZonePlan {
  const count = (action: Change['action']) => changes.filter((change) => change.action === action).length;
  return { zone, changes, counts: { create: count('create'), update: count('update'), delete: count('delete') }, existingCount, ignoredCount };
}
