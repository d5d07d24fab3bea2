/**
 * The profile model: the single source of truth for every type in the project.
 *
 * Field names follow JSON Resume 1.0 (jsonresume.org) so that import and export are a
 * near-identity; the model is richer where résumés are (tags, teams, roles inside one
 * company, a project's kind and metric, where each entry came from). Every field is
 * optional: a fact the document does not give stays missing, never invented.
 *
 * Objects are "loose": keys we do not know are kept, so a JSON Resume document
 * round-trips losslessly.
 */
import { z } from "zod";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the only date forms JSON Resume allows. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

/** Where an entry came from: the file and the 1-based line its text starts on. */
export const Source = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof Source>;

const text = z.string();
const list = z.array(z.string());

/** Shared by dated entries: an ongoing one has `ongoing: true` and no `endDate`. */
const dated = {
  startDate: PartialDate.optional(),
  endDate: PartialDate.optional(),
  ongoing: z.boolean().optional(),
};

export const Location = z.looseObject({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  countryCode: text.optional(),
  region: text.optional(),
});
export type Location = z.infer<typeof Location>;

export const SocialProfile = z.looseObject({
  network: text.optional(),
  username: text.optional(),
  url: text.optional(),
});
export type SocialProfile = z.infer<typeof SocialProfile>;

export const Basics = z.looseObject({
  name: text.optional(),
  /** The headline, e.g. "Systems Engineer". */
  label: text.optional(),
  /** The `·`-separated chips of a terminal portfolio (extension). */
  tags: list.optional(),
  image: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  url: text.optional(),
  summary: text.optional(),
  location: Location.optional(),
  profiles: z.array(SocialProfile).optional(),
  source: Source.optional(),
});
export type Basics = z.infer<typeof Basics>;

/** One role inside a company: a promotion, a second team (extension). */
export const Role = z.looseObject({
  position: text.optional(),
  team: text.optional(),
  ...dated,
  /** Free text about the role's timeline, e.g. "Joined Dec '22 · Promoted Nov '23". */
  note: text.optional(),
  summary: text.optional(),
  highlights: list.optional(),
  keywords: list.optional(),
  source: Source.optional(),
});
export type Role = z.infer<typeof Role>;

export const Work = z.looseObject({
  /** The company (JSON Resume's `work[].name`). */
  name: text.optional(),
  position: text.optional(),
  /** Team or department (extension). */
  team: text.optional(),
  location: text.optional(),
  description: text.optional(),
  url: text.optional(),
  ...dated,
  summary: text.optional(),
  highlights: list.optional(),
  /** The stack used in this job (extension, as in projects). */
  keywords: list.optional(),
  /** Several roles or promotions inside one company (extension). */
  roles: z.array(Role).optional(),
  source: Source.optional(),
});
export type Work = z.infer<typeof Work>;

export const Volunteer = z.looseObject({
  organization: text.optional(),
  position: text.optional(),
  url: text.optional(),
  ...dated,
  summary: text.optional(),
  highlights: list.optional(),
  source: Source.optional(),
});
export type Volunteer = z.infer<typeof Volunteer>;

export const Education = z.looseObject({
  institution: text.optional(),
  url: text.optional(),
  area: text.optional(),
  studyType: text.optional(),
  /** Where the school is, e.g. "Allahabad, India" (extension). */
  location: text.optional(),
  ...dated,
  score: text.optional(),
  courses: list.optional(),
  /** Other lines the document gives about this school (extension). */
  notes: list.optional(),
  source: Source.optional(),
});
export type Education = z.infer<typeof Education>;

export const Award = z.looseObject({
  title: text.optional(),
  date: PartialDate.optional(),
  awarder: text.optional(),
  summary: text.optional(),
  source: Source.optional(),
});
export type Award = z.infer<typeof Award>;

export const Certificate = z.looseObject({
  name: text.optional(),
  date: PartialDate.optional(),
  url: text.optional(),
  issuer: text.optional(),
  source: Source.optional(),
});
export type Certificate = z.infer<typeof Certificate>;

export const Publication = z.looseObject({
  name: text.optional(),
  publisher: text.optional(),
  releaseDate: PartialDate.optional(),
  url: text.optional(),
  summary: text.optional(),
  source: Source.optional(),
});
export type Publication = z.infer<typeof Publication>;

/** A skill group: "Current stack", "Database", or a level such as "Expert". */
export const Skill = z.looseObject({
  name: text.optional(),
  level: text.optional(),
  keywords: list.optional(),
  source: Source.optional(),
});
export type Skill = z.infer<typeof Skill>;

export const Language = z.looseObject({
  language: text.optional(),
  fluency: text.optional(),
  source: Source.optional(),
});
export type Language = z.infer<typeof Language>;

export const Interest = z.looseObject({
  name: text.optional(),
  keywords: list.optional(),
  source: Source.optional(),
});
export type Interest = z.infer<typeof Interest>;

export const Reference = z.looseObject({
  name: text.optional(),
  reference: text.optional(),
  source: Source.optional(),
});
export type Reference = z.infer<typeof Reference>;

export const Project = z.looseObject({
  name: text.optional(),
  /** The project's kind, e.g. `crate`, `fork`, `web` (JSON Resume's `type`). */
  type: text.optional(),
  /** A headline figure, e.g. `22M downloads` (extension). */
  metric: text.optional(),
  description: text.optional(),
  highlights: list.optional(),
  /** The stack (JSON Resume's `keywords`). */
  keywords: list.optional(),
  ...dated,
  url: text.optional(),
  roles: list.optional(),
  entity: text.optional(),
  source: Source.optional(),
});
export type Project = z.infer<typeof Project>;

/** A section the model has no field for ("Talks", "Patents"...): kept as its lines. */
export const ExtraSection = z.object({
  title: z.string(),
  lines: list,
  source: Source.optional(),
});
export type ExtraSection = z.infer<typeof ExtraSection>;

export const Meta = z.looseObject({
  canonical: text.optional(),
  version: text.optional(),
  lastModified: text.optional(),
});
export type Meta = z.infer<typeof Meta>;

export const Profile = z.looseObject({
  basics: Basics.optional(),
  work: z.array(Work).optional(),
  volunteer: z.array(Volunteer).optional(),
  education: z.array(Education).optional(),
  awards: z.array(Award).optional(),
  certificates: z.array(Certificate).optional(),
  publications: z.array(Publication).optional(),
  skills: z.array(Skill).optional(),
  languages: z.array(Language).optional(),
  interests: z.array(Interest).optional(),
  references: z.array(Reference).optional(),
  projects: z.array(Project).optional(),
  /** Sections with no JSON Resume counterpart (extension). */
  extra: z.array(ExtraSection).optional(),
  meta: Meta.optional(),
});
export type Profile = z.infer<typeof Profile>;

/** Thrown by {@link validateProfile}; its message is one readable paragraph. */
export class ProfileError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = "ProfileError";
  }
}

/** The profiles {@link validateProfile} returned (a caller that changes one must not ask). */
const VALIDATED = new WeakSet<object>();

/** Validate unknown data as a Profile, or throw a ProfileError naming the file. */
export function validateProfile(data: unknown, file?: string): Profile {
  const result = Profile.safeParse(data);
  if (result.success) {
    VALIDATED.add(result.data);
    return result.data;
  }
  const detail = z.prettifyError(result.error).replace(/\s{0,40}\n\s{0,40}/g, "; ");
  throw new ProfileError(`${file ? file + ": " : ""}not a valid profile: ${detail}`, file);
}

/**
 * Whether `data` is a profile {@link validateProfile} returned, unchanged since: validating it
 * again would give the same profile (the parser's result, checked again on its way out).
 */
export function validatedBefore(data: unknown): data is Profile {
  return typeof data === "object" && data !== null && VALIDATED.has(data);
}
