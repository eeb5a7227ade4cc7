import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * register() plus the initial value in the server-rendered HTML. register() alone fills fields only
 * after hydration, so an edit form would show blank fields until its script has loaded.
 */
export function prefill<T extends FieldValues>(form: UseFormReturn<T>, values: { [K in Path<T>]?: unknown }) {
  return {
    text: (name: Path<T>) => ({ ...form.register(name), defaultValue: String(values[name] ?? '') }),
    check: (name: Path<T>) => ({ ...form.register(name), defaultChecked: values[name] === true }),
  };
}
