// opencc-js ships its dictionaries as plain modules (`"source target|…"` strings) without declarations.
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
