/**
 * Writes a synthetic guide of `phases` phases in the guide format (content/README.md), in French and
 * English, for the build benchmark: the shape of a real runbook, not its sense. Each phase has about
 * 1,500 words in three sections with explicit ids, a sub-heading, a PowerShell block, a callout, a link to
 * the phase before, and a 30-step checklist in three groups placed after each section. Seeded, so two runs
 * write the same text. The result passes `npm run check` (the bench runs the content checks on it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

const WORDS: Record<Lang, string[]> = {
  en: `server pool database replication certificate topology front end edge director mediation gateway trunk user account
policy archive monitoring backup restore schedule window rollback validation migration cluster node service
configuration domain forest record address network firewall port listener client update package version
upgrade deployment pilot production legacy federation presence conference voice routing dial plan location
storage share file store report audit owner team change request approval verify check confirm review prepare
install enable disable start stop move export import publish synchronize replicate the a of to and in for with
on before after each every when while then that this your their its from into over under between during`.split(/\s+/),
  fr: `serveur pool base réplication certificat topologie frontal périmètre directeur médiation passerelle jonction utilisateur
compte stratégie archive supervision sauvegarde restauration planification fenêtre retour validation migration cluster
nœud service configuration domaine forêt enregistrement adresse réseau pare-feu port écouteur client mise à jour
paquet version déploiement pilote production hérité fédération présence conférence voix routage plan de numérotation
emplacement stockage partage fichier magasin rapport audit propriétaire équipe demande approbation vérifier contrôler
confirmer revoir préparer installer activer désactiver démarrer arrêter déplacer exporter importer publier synchroniser
le la les un une des du de à et en pour avec sur avant après chaque lorsque pendant puis ce cette votre leur son dans`.split(
    /\s+/,
  ),
};

const TEXT: Record<Lang, Record<string, string>> = {
  en: {
    title: 'Synthetic migration runbook',
    short: 'Synthetic runbook',
    description: 'A generated guide that measures how the engine scales.',
    phase: 'Phase',
    section: 'Section',
    detail: 'Details',
    group: 'Steps',
    step: 'Carry out operation',
    with: 'with',
    verify: 'The report shows operation',
    previous: 'the phase before',
    tool: 'Management Shell',
    glossaryTerm: 'pool',
    glossaryDefinition: 'A set of servers that share one role and one database.',
  },
  fr: {
    title: 'Guide de migration synthétique',
    short: 'Guide synthétique',
    description: 'Un guide généré qui mesure la montée en charge du moteur.',
    phase: 'Phase',
    section: 'Section',
    detail: 'Détails',
    group: 'Étapes',
    step: 'Effectuez l’opération',
    with: 'avec',
    verify: 'Le rapport affiche l’opération',
    previous: 'la phase précédente',
    tool: 'Management Shell',
    glossaryTerm: 'pool',
    glossaryDefinition: 'Ensemble de serveurs qui partagent un rôle et une base de données.',
  },
};

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(lang: Lang, next: () => number, length: number): string {
  const words = WORDS[lang];
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? 'pool');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(lang: Lang, next: () => number, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 8 + Math.floor(next() * 12);
    sentences.push(sentence(lang, next, length));
    count += length;
  }
  return sentences.join(' ');
}

export const slugOf = (phase: number): string => `phase-${phase}-synthetic-operations-${phase}`;

const GROUPS = 3;
const STEPS_PER_GROUP = 10;
const STEP_MINUTES = 5;

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours > 0 ? `${hours}h` : ''}${rest > 0 ? `${rest}min` : ''}`;
}

function phaseDocument(lang: Lang, phase: number): string {
  const t = TEXT[lang];
  const next = random(phase * 7919 + (lang === 'fr' ? 1 : 2));
  const checklist = Array.from({ length: GROUPS }, (_, group) => {
    const items = Array.from({ length: STEPS_PER_GROUP }, (_, step) =>
      [
        `      - id: p${phase}-g${group + 1}-step-${step + 1}`,
        `        label: "${t.step} ${phase}.${group + 1}.${step + 1} ${t.with} \`Set-CsOperation${step + 1}\`"`,
        `        verify: "${t.verify} ${phase}.${group + 1}.${step + 1}"`,
        `        role: ${step % 2 === 0 ? 'ops-admin' : 'project-lead'}`,
        `        duration: ${STEP_MINUTES}min`,
      ].join('\n'),
    );
    return [`  - id: p${phase}-g${group + 1}`, `    title: ${t.group} ${group + 1}`, '    items:', ...items].join('\n');
  });
  const frontmatter = [
    '---',
    `title: "${t.phase} ${phase} : ${sentence(lang, next, 5).slice(0, -1)}"`.replace(
      ' : ',
      lang === 'fr' ? ' : ' : ': ',
    ),
    `navTitle: ${t.phase} ${phase}`,
    `phase: ${phase}`,
    `summary: ${sentence(lang, next, 20)}`,
    `duration: ${duration(GROUPS * STEPS_PER_GROUP * STEP_MINUTES)}`,
    'roles: [ops-admin, project-lead]',
    `prerequisites: [${phase > 1 ? slugOf(phase - 1) : ''}]`,
    `tools: [${t.tool}]`,
    'updated: 2026-11-25',
    'checklist:',
    ...checklist,
    '---',
  ].join('\n');
  const sections = Array.from({ length: GROUPS }, (_, group) => {
    const id = `p${phase}-section-${group + 1}`;
    const parts = [
      `## ${t.section} ${group + 1} ${sentence(lang, next, 3).slice(0, -1)} \\{#${id}\\}`,
      paragraph(lang, next, 110),
      paragraph(lang, next, 110),
      `### ${t.detail} ${group + 1} \\{#${id}-details\\}`,
      paragraph(lang, next, 110),
      paragraph(lang, next, 100),
    ];
    if (group === 0) {
      parts.push(
        '```powershell',
        `Get-CsPool -Identity "pool${phase}.contoso.net"`,
        `Set-CsOperation${phase} -Identity "pool${phase}.contoso.net" -Enabled $true`,
        '```',
      );
    }
    if (group === 1) parts.push(`> [!WARNING]\n> ${paragraph(lang, next, 40)}`);
    if (group === 2 && phase > 1)
      parts.push(`${sentence(lang, next, 8).slice(0, -1)} ([${t.previous}](${slugOf(phase - 1)}.md)).`);
    parts.push(`<Checklist group="p${phase}-g${group + 1}" />`);
    return parts.join('\n\n');
  });
  return `${frontmatter}\n\n${paragraph(lang, next, 80)}\n\n${sections.join('\n\n')}\n`;
}

/** Writes the guide's `content/`-shaped folder at `dir`; returns the number of words of one phase page. */
export function writeSyntheticGuide(dir: string, phases: number): { wordsPerPhase: number } {
  for (const lang of LANGS) {
    const t = TEXT[lang];
    mkdirSync(join(dir, 'phases', lang), { recursive: true });
    mkdirSync(join(dir, 'home'), { recursive: true });
    mkdirSync(join(dir, 'glossary'), { recursive: true });
    writeFileSync(
      join(dir, 'home', `${lang}.mdx`),
      `---\ntitle: ${t.title}\nshortTitle: ${t.short}\ndescription: ${t.description}\nupdated: 2026-11-25\n---\n\n${paragraph(lang, random(lang === 'fr' ? 11 : 12), 120)}\n`,
    );
    writeFileSync(
      join(dir, 'glossary', `${lang}.yaml`),
      `terms:\n  - id: pool\n    term: ${t.glossaryTerm}\n    definition: ${t.glossaryDefinition}\n`,
    );
    for (let phase = 1; phase <= phases; phase += 1) {
      writeFileSync(join(dir, 'phases', lang, `${slugOf(phase)}.mdx`), phaseDocument(lang, phase));
    }
  }
  writeFileSync(
    join(dir, 'roles.yaml'),
    'ops-admin:\n  fr: Administrateur d’exploitation\n  en: Operations administrator\nproject-lead:\n  fr: Chef de projet\n  en: Project lead\n',
  );
  const body = phaseDocument('en', 1).split('\n---\n')[1] ?? '';
  return { wordsPerPhase: body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length };
}
