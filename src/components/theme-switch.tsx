import { useId } from 'react';
import { useMessages } from '@/i18n/i18n-context';
import { THEMES } from '@/config/site-rules.js';
import { isTheme, setTheme, type Theme } from '@/lib/preferences';
import { useTheme } from './use-preference';

/**
 * Light, dark or the device's setting, remembered. A native select: one Tab stop, arrow keys, and
 * a visible label that is also its accessible name in the edition's language.
 */
export function ThemeSwitch() {
  const messages = useMessages();
  const theme = useTheme();
  const id = useId();
  const names: Record<Theme, string> = { system: messages.themeSystem, light: messages.themeLight, dark: messages.themeDark };
  return (
    <div className="preference theme-switch">
      <label htmlFor={id}>{messages.theme}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (isTheme(event.target.value)) setTheme(event.target.value);
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {names[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
