// The design tokens: one calm blue, neutral greys, a dense desktop type scale on a 4 px grid.
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Shade 7 (#0b5cad) is the primary: 6.4:1 against white, so white text on it passes WCAG AA.
const kbzBlue: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e3f5',
  '#a6c6ea',
  '#77a7df',
  '#4f8cd5',
  '#357bcf',
  '#1f6bc2',
  '#0b5cad',
  '#094f96',
  '#063f7a',
];

// Hints and errors go under the field, so fields in a row stay aligned whatever their label says.
const UNDER = { inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[] };

export const theme = createTheme({
  primaryColor: 'kbz',
  primaryShade: 7,
  colors: { kbz: kbzBlue },
  fontFamily: "'Segoe UI', system-ui, Ubuntu, 'Helvetica Neue', Arial, sans-serif",
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.5', lg: '1.5', xl: '1.4' },
  spacing: { xs: '4px', sm: '8px', md: '12px', lg: '16px', xl: '24px' },
  radius: { xs: '2px', sm: '4px', md: '6px', lg: '8px', xl: '12px' },
  defaultRadius: 'sm',
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '20px', lineHeight: '1.3' },
      h2: { fontSize: '16px', lineHeight: '1.35' },
      h3: { fontSize: '14px', lineHeight: '1.4' },
    },
  },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm', ...UNDER } },
    Textarea: { defaultProps: { size: 'sm', autosize: true, minRows: 2, ...UNDER } },
    Select: { defaultProps: { size: 'sm', allowDeselect: false, comboboxProps: { withinPortal: true }, ...UNDER } },
    MultiSelect: { defaultProps: { size: 'sm' } },
    Checkbox: { defaultProps: { size: 'sm' } },
    Radio: { defaultProps: { size: 'sm' } },
    Switch: { defaultProps: { size: 'sm' } },
    NumberInput: { defaultProps: { size: 'sm', ...UNDER } },
    PasswordInput: { defaultProps: { size: 'sm', ...UNDER } },
    NativeSelect: { defaultProps: { size: 'sm', ...UNDER } },
    Modal: { defaultProps: { centered: true, size: 'md', overlayProps: { backgroundOpacity: 0.45 } } },
    Badge: { defaultProps: { size: 'md', radius: 'sm', variant: 'light' } },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});

/**
 * Filled buttons in red, orange and green carry white text: Mantine's shades give 3 to 4:1, these 4.5:1 or
 * more. Set through the provider (its variables are written after our stylesheet and would win).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-red-filled': '#c02b2b',
    '--mantine-color-red-filled-hover': '#a32424',
    '--mantine-color-orange-filled': '#a84b05',
    '--mantine-color-orange-filled-hover': '#8f3f04',
    '--mantine-color-green-filled': '#2b7a3b',
    '--mantine-color-green-filled-hover': '#236832',
    // A light green alert's title and icon (the access log check's "in orde"): Mantine's is 2.2:1, this 6.2:1.
    '--mantine-color-green-light-color': '#236832',
    '--mantine-color-dimmed': '#596068',
    '--mantine-color-error': '#c02b2b',
  },
  dark: {},
});
