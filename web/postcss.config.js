// Mantine's mixins and rem() helpers for any CSS module in the web app.
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
