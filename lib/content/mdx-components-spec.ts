/** The MDX components authors may use, with their attributes. Anything else fails the build. */
export const MDX_COMPONENTS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  Figure: { required: ['caption'], optional: ['credit'] },
  Voice: { required: ['name', 'role'], optional: [] },
  Byline: { required: ['name'], optional: [] },
  Cut: { required: [], optional: [] },
};
