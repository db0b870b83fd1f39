/** The anchor of a check's section in docs/rules.md (GitHub's heading anchors). */
export function anchorOf(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
