/**
 * Table column headings ("| Zeitraum | Abschluss | Ort |", "| Dates | Position | Company |",
 * "| Project Title | Technologies | Description |"): what each column of a CV table holds.
 * Hand-written, for the readers of header rows (`../table.ts`).
 */
import { fold } from "./fold.js";

export type ColumnKind =
  | "dates"
  | "title"
  | "org"
  | "place"
  | "degree"
  | "institution"
  | "details"
  | "name"
  | "stack"
  | "score"
  | "area"
  | "url";

// prettier-ignore
const COLUMNS: Record<ColumnKind, string> = {
  dates: "date dates period year years when time duration passing from von bis zeitraum zeit jahr jahre datum dauer periode période annee année annees années fecha fechas periodo período año años data datas anno anni ano jaar jaren okres rok период годы 时间 期间 期間 年月 기간",
  title: "position role title job function jobtitle designation poste fonction rôle role stelle funktion tätigkeit tatigkeit cargo puesto função funcao ruolo mansione functie stanowisko должность 职位 职务 職位 役職 직책 직위",
  org: "company employer organisation organization firm client firma unternehmen arbeitgeber entreprise employeur société societe empresa empleador azienda bedrijf werkgever pracodawca компания 公司 单位 会社 회사",
  place: "place location city where ort standort lieu ville lugar ciudad local cidade luogo città citta plaats miejsce город 地点 場所 지역",
  degree: "degree degrees qualification qualifications diploma certificate certification course programme program examination exam class standard zertifikat zertifizierung abschluss ausbildung studium studiengang diplôme diplome formation titulo título titulación titulacion grado curso laurea titolo grau graad opleiding stopień stopien kierunek степень 学位 学历 資格 학위",
  institution: "school institution institute university college board academy schule hochschule universität universitat bildungseinrichtung école ecole établissement etablissement université universite universidad institución institucion escuela centro escola universidade instituição instituicao scuola università universita uczelnia учебное 学校 院校 学校名 학교",
  details: "details description descriptions notes remarks summary about beschreibung inhalt bemerkung anmerkungen détails descripción descripcion detalles descrição descricao dettagli descrizione beschrijving opis описание 内容 详情 詳細 내용",
  name: "name project projects projet proyecto projeto progetto projekt",
  stack: "technologies technology tech stack tools tooling built framework frameworks technologien technologies outils tecnologías tecnologias tecnologie herramientas ferramentas",
  score: "cgpa gpa cgpi percentage percent % marks grade grades score result results aggregate note mark division",
  area: "specialization specialisation branch stream field major subject subjects discipline fachrichtung spécialité especialidad especialização",
  url: "link links url repo repository github gitlab source website demo",
};

let table: Map<string, ColumnKind> | undefined;

function kindOf(word: string): ColumnKind | undefined {
  if (!table) {
    table = new Map();
    for (const [kind, words] of Object.entries(COLUMNS) as [ColumnKind, string][]) {
      for (const w of words.split(/\s+/)) if (w && !table.has(w)) table.set(w, kind);
    }
  }
  return table.get(word);
}

/**
 * What a table column holds, from its heading ("Zeitraum" → dates, "Abschluss" → degree,
 * "Year of Passing" → dates, "CGPA / %" → score, "Institute Name" → institution), or undefined.
 * The whole heading, then either side of a slash, then its words from the last: a word that only
 * says "name" gives way to one that says whose ("Project Title", "Name of Institution").
 */
export function columnKind(heading: string): ColumnKind | undefined {
  const k = fold(heading.replace(/[*_:`]/g, "")).trim();
  const whole = kindOf(k);
  if (whole) return whole;
  let named = false;
  for (const alt of k.split(/\s{0,3}[/|&,]\s{0,3}/)) {
    const words = alt.split(" ").filter(Boolean);
    for (let i = words.length - 1; i >= 0; i--) {
      const w = kindOf(words[i]!);
      if (w === "name") named = true;
      else if (w) return w;
    }
  }
  return named ? "name" : undefined;
}
