/**
 * Table column headings ("| Zeitraum | Abschluss | Ort |", "| Dates | Position | Company |"): what
 * each column of a CV table holds. Hand-written, for the field splitter.
 */
import { fold } from "./fold.js";

export type ColumnKind = "dates" | "title" | "org" | "place" | "degree" | "institution" | "details";

// prettier-ignore
const COLUMNS: Record<ColumnKind, string> = {
  dates: "date dates period year years when time zeitraum zeit jahr jahre datum periode période annee année annees années fecha fechas periodo período año años data datas anno anni jaar jaren okres rok период годы 时间 期间 期間 年月 기간",
  title: "position role title job function jobtitle poste fonction rôle role stelle funktion tätigkeit tatigkeit cargo puesto função funcao ruolo mansione functie stanowisko должность 职位 职务 職位 役職 직책 직위",
  org: "company employer organisation organization firm client firma unternehmen arbeitgeber entreprise employeur société societe empresa empleador azienda bedrijf werkgever pracodawca компания 公司 单位 会社 회사",
  place: "place location city where ort standort lieu ville lugar ciudad local cidade luogo città citta plaats miejsce город 地点 場所 지역",
  degree: "degree qualification diploma certificate zertifikat abschluss ausbildung diplôme diplome titulo título titolo graad stopień stopien степень 学位 学历 資格 학위",
  institution: "school institution university college schule hochschule universität universitat école ecole établissement etablissement universidad institución institucion escola universidade instituição instituicao scuola università universita school opleiding uczelnia учебное 学校 院校 学校名 학교",
  details: "details description notes remarks beschreibung inhalt bemerkung détails details description descripción descripcion detalles descrição descricao dettagli descrizione beschrijving opis описание 内容 详情 詳細 내용",
};

let table: Map<string, ColumnKind> | undefined;

/** What a table column holds, from its heading ("Zeitraum" → dates, "Abschluss" → degree), or undefined. */
export function columnKind(heading: string): ColumnKind | undefined {
  if (!table) {
    table = new Map();
    for (const [kind, words] of Object.entries(COLUMNS) as [ColumnKind, string][]) {
      for (const w of words.split(/\s+/)) if (w && !table.has(w)) table.set(w, kind);
    }
  }
  const k = fold(heading.replace(/[*_:`]/g, ""));
  return table.get(k) ?? table.get(k.split(" ").pop() ?? "");
}
