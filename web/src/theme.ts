import { Badge, createTheme } from '@mantine/core';

// A calm petrol blue: reads as trustworthy rather than salesy, and the chosen
// shades keep white button text above WCAG AA contrast in both schemes.
export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Sentence-case badges: an inbox full of upper-case labels reads as shouting.
    Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }),
  },
});
