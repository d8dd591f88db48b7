/** The screens in the main navigation, in order. Paths are stable: tests and links use them. */
export const NAV_ROUTES = [
  { path: "/", key: "today" },
  { path: "/steps", key: "steps" },
  { path: "/journal", key: "journal" },
  { path: "/glimmers", key: "glimmers" },
  { path: "/refrains", key: "refrains" },
  { path: "/mosaic", key: "mosaic" },
] as const;
