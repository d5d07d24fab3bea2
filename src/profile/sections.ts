/**
 * The sections a profile can show, in display order, with their titles. Shared by the
 * browser's tabs, `resumes show WHO SECTION`, and search hits.
 */
import type { Profile } from "./schema.js";

export const SECTIONS = [
  { id: "overview", title: "Overview", aliases: ["about", "summary", "basics", "contact"] },
  { id: "experience", title: "Experience", aliases: ["work", "jobs", "employment"] },
  { id: "projects", title: "Projects", aliases: ["project"] },
  { id: "skills", title: "Skills", aliases: ["stack", "tools"] },
  { id: "education", title: "Education", aliases: ["school", "studies"] },
  { id: "languages", title: "Languages", aliases: [] },
  { id: "interests", title: "Interests", aliases: ["hobbies"] },
  { id: "certificates", title: "Certificates", aliases: ["certifications"] },
  { id: "publications", title: "Publications", aliases: ["papers"] },
  { id: "awards", title: "Awards", aliases: ["honors", "honours"] },
  { id: "volunteer", title: "Volunteering", aliases: ["volunteering"] },
  { id: "references", title: "References", aliases: [] },
  { id: "other", title: "Other", aliases: ["extra"] },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

/** The profile field behind each section (overview is `basics`, other is `extra`). */
export const SECTION_FIELD = {
  overview: "basics",
  experience: "work",
  projects: "projects",
  skills: "skills",
  education: "education",
  languages: "languages",
  interests: "interests",
  certificates: "certificates",
  publications: "publications",
  awards: "awards",
  volunteer: "volunteer",
  references: "references",
  other: "extra",
} as const satisfies Record<SectionId, keyof Profile>;

/** The sections this profile has content for, overview always first. */
export function sectionsOf(profile: Profile): SectionId[] {
  return SECTIONS.map((s) => s.id).filter((id) => {
    if (id === "overview") return true;
    const value = profile[SECTION_FIELD[id]];
    return Array.isArray(value) && value.length > 0;
  });
}

/** "exp", "work", "Experience" → "experience"; undefined when nothing matches. */
export function findSection(name: string): SectionId | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  const exact = SECTIONS.find((s) => s.id === n || (s.aliases as readonly string[]).includes(n));
  if (exact) return exact.id;
  const prefix = SECTIONS.filter((s) => s.id.startsWith(n));
  return prefix.length === 1 ? prefix[0]!.id : undefined;
}
