// @ts-check
/**
 * The one way the page makes elements. Report text only ever reaches the DOM through `textContent` (and
 * setAttribute for a title or a data attribute, which the browser never parses as markup): no innerHTML,
 * no insertAdjacentHTML, anywhere in the page's script.
 */

/**
 * @typedef {Record<string, string | number | boolean | undefined | null>} Attrs
 * @typedef {Node | string | number | null | undefined | false} Child
 */

/**
 * An element with attributes and children; strings become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (name === 'class') node.className = String(value)
    else node.setAttribute(name, value === true ? '' : String(value))
  }
  append(node, children)
  return node
}

/**
 * @param {Node} parent
 * @param {(Child | Child[])[]} children
 */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/**
 * The element with this id; the page's markup holds every id the script uses.
 * @template {HTMLElement} T
 * @param {string} id
 * @returns {T}
 */
export function byId(id) {
  const node = document.getElementById(id)
  if (!node) throw new Error(`#${id} is missing from the page`)
  return /** @type {T} */ (node)
}

/** @param {Node} node */
export function clear(node) {
  node.textContent = ''
}
