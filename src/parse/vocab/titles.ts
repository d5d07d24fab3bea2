/** Head nouns of job titles ("Engineer", "Ingénieur", "エンジニア"), hand-written: no package lists them. */
import { CJK_RE } from "./fold.js";

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lower case, accents kept (titles are matched as written). */
export const TITLE_WORDS: ReadonlySet<string> = words(`
  engineer engineers developer developers programmer architect manager director lead leader head founder
  cofounder co-founder cto ceo cfo coo cio ciso vp president officer scientist researcher analyst consultant
  designer intern internship placement contributor specialist administrator associate assistant professor lecturer
  instructor teacher tutor fellow postdoc postdoctoral sre devops technician owner partner editor writer
  coordinator member maintainer advisor adviser strategist trainee apprentice freelancer contractor
  accountant nurse physician doctor hacker evangelist advocate chair chairman principal staff
  mentor supervisor representative executive producer artist student candidate volunteer
  ambassador organizer organiser tester qa technologist
  treasurer secretary captain coach clerk cashier barista chef cook driver pilot attorney lawyer paralegal
  auditor banker trader broker agent surgeon pharmacist therapist counselor counsellor librarian curator
  journalist reporter photographer illustrator animator copywriter translator interpreter electrician
  mechanic carpenter welder biologist chemist physicist economist statistician mathematician actuary
  planner buyer recruiter controller bookkeeper teller receptionist rn lpn cna paramedic midwife
  développeur developpeur développeuse ingénieur ingenieur ingénieure directeur directrice responsable
  stagiaire chargé chargée chercheur chercheuse enseignant enseignante analyste assistante
  entwickler entwicklerin leiter leiterin berater beraterin praktikant praktikantin werkstudent werkstudentin
  geschäftsführer geschäftsführerin assistent assistentin mitarbeiter mitarbeiterin lehrer lehrerin
  techniker technikerin laborant laborantin referent referentin sachbearbeiter sachbearbeiterin
  architekt architektin informatiker informatikerin
  desarrollador desarrolladora ingeniero ingeniera jefe directora gerente analista programador líder lider
  programadora becario becaria diseñador diseñadora investigador investigadora profesora
  sviluppatore sviluppatrice ingegnere stagista progettista ricercatore ricercatrice docente
  ontwikkelaar adviseur beheerder onderzoeker
  engenheiro engenheira desenvolvedor desenvolvedora estagiário estagiária estagiario estagiaria coordenador
  coordenadora diretor consultor consultora arquiteto arquiteta arquitecto arquitecta coordinador coordinadora
  pesquisador pesquisadora técnico técnica tecnico tecnica professora maestro maestra enfermero enfermera
  enfermeiro enfermeira médico médica analistas gerente programador programadora
  programmatore programmatrice consulente responsabile direttore direttrice tecnico tecnica tirocinante
  impiegato impiegata addetto addetta coordinatore coordinatrice capo
  kierownik kierowniczka analityk analityczka programista programistka specjalista specjalistka
  inżynier inzynier tester testerka konsultant konsultantka projektant projektantka dyrektor dyrektorka
  stażysta stażystka praktykant praktykantka księgowy księgowa lider liderka koordynator koordynatorka
  asystent asystentka architekt kierowca nauczyciel nauczycielka
  vývojář vyvojar programátor vedoucí konzultant ředitel
  utvecklare utvikler udvikler konsult projektledare prosjektleder projektleder systemutvecklare
  ingenjør ingenjör ingeniør
  ontwikkelaar projectleider teamleider stagiair beheerder
`);

/** CJK title heads, matched at the end of a word ("开发工程师", "ソフトウェアエンジニア", "백엔드개발자"). */
const CJK_TITLE_ENDS =
  `工程师 工程師 开发 開発 经理 經理 总监 總監 架构师 架構師 实习生 研究员 研究員 教授 讲师 講師 设计师 設計師
  主管 组长 顾问 专家 エンジニア マネージャー デザイナー プログラマー リーダー コンサルタント 개발자 엔지니어 매니저 디자이너
  연구원 교수 팀장 인턴`
    .split(/\s+/)
    .filter(Boolean);

/** Compound titles ("Softwareentwickler", "Projektleiterin", "webdeveloper"). */
const COMPOUND_HEAD_RE =
  /^\p{L}{3,}(?:entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|leiter|leiterin|architekt|architektin|techniker|technikerin|laborant|laborantin|kaufmann|kauffrau|referent|referentin|sachbearbeiter|sachbearbeiterin|manager|engineer|developer|designer|analyst)$/u;

/** Is one word (lower case) the head noun of a job title? */
export function isTitleWord(word: string): boolean {
  if (TITLE_WORDS.has(word) || COMPOUND_HEAD_RE.test(word)) return true;
  return CJK_RE.test(word) && CJK_TITLE_ENDS.some((e) => word.endsWith(e));
}
