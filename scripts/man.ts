// `npm run man`: writes man/resumes.1 from the help texts (src/cli/man.ts). The package
// ships it (package.json "man"); test/cli/man.test.ts checks it is up to date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { commandInfos, overallHelp } from "../src/cli/main.js";
import { manPage } from "../src/cli/man.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const page = manPage(`resumes ${version}`, await overallHelp(), await commandInfos());
mkdirSync(new URL("../man/", import.meta.url), { recursive: true });
writeFileSync(new URL("../man/resumes.1", import.meta.url), page);
console.log("wrote man/resumes.1");
