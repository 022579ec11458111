/**
 * A labelled group of native radio buttons (fieldset + legend): keyboard operable with arrows, one tab stop.
 * Shared by the reader toolbar and the accessibility controls; each styles it through its own class names.
 */
export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label(v: T): string;
  onChange(v: T): void;
  /** Class names: the fieldset, the options' container, each option's label. */
  classes: { group: string; options: string; option: string };
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { classes } = props;
  return (
    <fieldset class={classes.group} data-setting={props.name}>
      <legend>{props.legend}</legend>
      <div class={classes.options}>
        {props.options.map((opt) => (
          <label key={opt} class={classes.option} data-value={opt}>
            <input type="radio" name={props.name} value={opt} checked={props.value === opt} onChange={() => props.onChange(opt)} />
            <span>{props.label(opt)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
