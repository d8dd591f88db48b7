import type { ComponentChildren, Ref } from "preact";

interface Props<T extends string> {
  type: "radio" | "checkbox";
  name: string;
  options: readonly T[];
  isChecked: (option: T) => boolean;
  onChange: (option: T, checked: boolean) => void;
  label: (option: T) => ComponentChildren;
  /** The first input, where focus goes when a choice is still needed. */
  firstRef?: Ref<HTMLInputElement>;
}

/** The options of a choice group, each a real input inside its label (the group gives the legend). */
export function Choices<T extends string>({
  type,
  name,
  options,
  isChecked,
  onChange,
  label,
  firstRef,
}: Props<T>) {
  return (
    <>
      {options.map((option, i) => (
        <label key={option} class="choice">
          <input
            ref={i === 0 ? firstRef : undefined}
            type={type}
            name={name}
            value={option}
            checked={isChecked(option)}
            onChange={(e) => onChange(option, e.currentTarget.checked)}
          />
          {label(option)}
        </label>
      ))}
    </>
  );
}
