import { describe, expect, it } from "vitest";
import { extractContacts, normalizeUrl, profileFromUrl } from "../../src/parse/contacts.js";

describe("extractContacts", () => {
  it("labelled e-mail, phone, web", () => {
    expect(extractContacts("Email: jane.doe@example.com")).toMatchObject({
      email: "jane.doe@example.com",
      rest: "",
    });
    expect(extractContacts("mobile | +91 8619188322")).toMatchObject({ phone: "+91 8619188322", rest: "" });
    expect(extractContacts("web | abhirag.com")).toMatchObject({ urls: ["https://abhirag.com"], rest: "" });
  });

  it("<x@y>, mailto: and Markdown links", () => {
    expect(extractContacts("Jane <jane@x.io>").email).toBe("jane@x.io");
    expect(extractContacts("mailto:jane@x.io").email).toBe("jane@x.io");
    const c = extractContacts("email | hey@abhirag.com", [
      { text: "hey@abhirag.com", url: "mailto:hey@abhirag.com" },
    ]);
    expect(c.email).toBe("hey@abhirag.com");
  });

  it("international phone numbers, not date ranges", () => {
    expect(extractContacts("+44 20 7946 0958").phone).toBe("+44 20 7946 0958");
    expect(extractContacts("+1 (415) 555-0132").phone).toBe("+1 (415) 555-0132");
    expect(extractContacts("Tel: 0171 234 5678").phone).toBe("0171 234 5678");
    expect(extractContacts("2013 - 2015").phone).toBeUndefined();
    expect(extractContacts("ORCID 0000-0002-1825-0097").phone).toBeUndefined();
  });

  it("URLs without a scheme, GitHub and LinkedIn profiles", () => {
    const c = extractContacts("github.com/jdoe · linkedin.com/in/jane-doe · www.janedoe.dev");
    expect(c.urls).toEqual([
      "https://www.janedoe.dev",
      "https://github.com/jdoe",
      "https://linkedin.com/in/jane-doe",
    ]);
    expect(c.profiles).toEqual([
      { network: "GitHub", username: "jdoe", url: "https://github.com/jdoe" },
      { network: "LinkedIn", username: "jane-doe", url: "https://linkedin.com/in/jane-doe" },
    ]);
    expect(extractContacts("GitHub: jdoe").profiles).toEqual([{ network: "GitHub", username: "jdoe" }]);
  });

  it("does not take tool names for domains", () => {
    expect(extractContacts("Express.js, React.js, ASP.NET, B.Tech").urls).toEqual([]);
  });

  it("location labels and leftover pieces", () => {
    const c = extractContacts("Lagos, Nigeria | +234 803 555 0142 | daniel@example.com");
    expect(c.pieces).toEqual(["Lagos, Nigeria"]);
    expect(extractContacts("Location: Berlin, Germany").location).toBe("Berlin, Germany");
    expect(extractContacts("based in Lisbon, Portugal.").location).toBe("Lisbon, Portugal");
  });
});

describe("urls", () => {
  it("normalises and recognises networks", () => {
    expect(normalizeUrl("x.dev/a).")).toBe("https://x.dev/a");
    expect(profileFromUrl("https://www.linkedin.com/in/marta-k")).toEqual({
      network: "LinkedIn",
      username: "marta-k",
      url: "https://www.linkedin.com/in/marta-k",
    });
    expect(profileFromUrl("https://example.com/x")).toBeUndefined();
  });
});
