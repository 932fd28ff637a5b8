import { useId } from 'react';
import { useMessages } from '@/i18n/i18n-context';
import { TEXT_SIZES } from '@/config/site-rules.js';
import { isTextSize, setTextSize, type TextSize } from '@/lib/preferences';
import { useTextSize } from './use-preference';

/** The article text's size, remembered for every article (CSS scales the body by `data-text-size`). */
export function TextSizeControl() {
  const messages = useMessages();
  const size = useTextSize();
  const id = useId();
  const names: Record<TextSize, string> = {
    small: messages.textSizeSmall,
    standard: messages.textSizeStandard,
    large: messages.textSizeLarge,
    larger: messages.textSizeLarger,
  };
  return (
    <div className="preference text-size-control">
      <label htmlFor={id}>{messages.textSize}</label>
      <select
        id={id}
        value={size}
        onChange={(event) => {
          if (isTextSize(event.target.value)) setTextSize(event.target.value);
        }}
      >
        {TEXT_SIZES.map((value) => (
          <option key={value} value={value}>
            {names[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
