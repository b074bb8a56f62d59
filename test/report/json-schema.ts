// A small JSON Schema checker for the keywords docs/*.schema.json use (type,
// const, enum, required, properties, additionalProperties, items, $ref into
// $defs, oneOf, minimum, pattern, propertyNames): enough to hold real output
// to the published schemas without a validator dependency. An unsupported
// keyword is an error, so a schema cannot silently check less than it says.

type Schema = Record<string, any>;

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', '$defs', 'type', 'const', 'enum', 'required', 'properties',
  'additionalProperties', 'items', '$ref', 'oneOf', 'minimum', 'pattern', 'propertyNames',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  if (t === 'integer') return typeof v === 'number' && Number.isInteger(v);
  return typeOf(v) === t;
}

/** Problems with `value` against `schema`, as "path: what" lines; empty when it conforms. */
export function check(value: unknown, schema: Schema, root: Schema = schema, at = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) return [`${at}: schema keyword ${k} is not supported by this checker`];
  const errs: string[] = [];
  if (schema.$ref) {
    const name = String(schema.$ref).replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) return [`${at}: unresolved $ref ${schema.$ref}`];
    errs.push(...check(value, target, root, at));
  }
  if (schema.oneOf) {
    const passing = (schema.oneOf as Schema[]).map((s) => check(value, s, root, at));
    const ok = passing.filter((e) => e.length === 0).length;
    if (ok !== 1) errs.push(`${at}: matches ${ok} of oneOf (${passing.map((e) => (e.length ? e.join('; ') : 'ok')).join(' | ')})`);
  }
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) return [...errs, `${at}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const) errs.push(`${at}: is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) errs.push(`${at}: ${value} < ${schema.minimum}`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errs.push(`${at}: does not match ${schema.pattern}`);
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) errs.push(`${at}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (schema.propertyNames) errs.push(...check(k, schema.propertyNames, root, `${at}.${k} (name)`));
      const sub = schema.properties?.[k];
      if (sub) errs.push(...check(v, sub, root, `${at}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${at}: unexpected field ${k}`);
      else if (typeof schema.additionalProperties === 'object') errs.push(...check(v, schema.additionalProperties, root, `${at}.${k}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errs.push(...check(v, schema.items, root, `${at}[${i}]`)));
  return errs;
}
