// The member and partner forms as the inputs hold them (a number box holds a number,
// or nothing when empty) and their mapping to and from the core's types. No rule
// is checked here: the core validates and names the field it rejects.
import type {
  NewTeamMember,
  NewTeamPartner,
  PartnerService,
  TeamFunction,
  TeamLocation,
  TeamMember,
  TeamMemberUpdate,
  TeamPartner,
  TeamPartnerUpdate,
  ValueChainArea,
} from '../api';
import { VOCABULARY } from '../model/vocabulary';

export const FUNCTIONS: readonly TeamFunction[] = VOCABULARY.team_functions;
export const LOCATIONS: readonly TeamLocation[] = VOCABULARY.team_locations;
export const SERVICES: readonly PartnerService[] = VOCABULARY.partner_services;
export const AREAS: readonly ValueChainArea[] = VOCABULARY.value_chain_areas;

/** What a bound `<input type="number">` holds: a number, or null/undefined when empty. */
export type NumberBox = number | null | undefined;

export interface MemberForm {
  personId: number | null;
  function: TeamFunction;
  teamRole: string;
  location: TeamLocation;
  allocation: NumberBox;
  startOn: string;
  endOn: string;
  reportsToManager: boolean;
  customerLeadId: number | null;
  areas: ValueChainArea[];
}

export interface PartnerForm {
  firm: string;
  service: PartnerService;
  fee: NumberBox;
  currency: string;
  share: NumberBox;
  startOn: string;
  endOn: string;
  notes: string;
  areas: ValueChainArea[];
}

/** An empty box is "not set"; any number typed goes to the core, which rejects what is out of range. */
function numberOrNull(box: NumberBox): number | null {
  return typeof box === 'number' && Number.isFinite(box) ? box : null;
}

/** Areas in chain order, whatever order they were ticked in. */
function inChainOrder(areas: readonly ValueChainArea[]): ValueChainArea[] {
  return AREAS.filter((a) => areas.includes(a));
}

export function emptyMemberForm(today: string): MemberForm {
  return {
    personId: null,
    function: 'technical_service',
    teamRole: '',
    location: 'customer_site',
    allocation: null,
    startOn: today,
    endOn: '',
    reportsToManager: true,
    customerLeadId: null,
    areas: [],
  };
}

export function memberFormOf(member: TeamMember): MemberForm {
  return {
    personId: member.person_id,
    function: member.function,
    teamRole: member.team_role,
    location: member.location,
    allocation: member.allocation_percent,
    startOn: member.start_on,
    endOn: member.end_on ?? '',
    reportsToManager: member.reports_to_manager_id !== null,
    customerLeadId: member.customer_lead_id,
    areas: [...member.value_chain],
  };
}

/** `managerPersonId`: the team's account manager, whom "reports to our account manager" names. */
export function memberUpdateOf(form: MemberForm, managerPersonId: number | null): TeamMemberUpdate {
  return {
    team_role: form.teamRole.trim(),
    function: form.function,
    location: form.location,
    allocation_percent: numberOrNull(form.allocation),
    start_on: form.startOn,
    end_on: form.endOn === '' ? null : form.endOn,
    reports_to_manager_id: form.reportsToManager ? managerPersonId : null,
    customer_lead_id: form.customerLeadId,
    value_chain: inChainOrder(form.areas),
  };
}

export function newMemberOf(form: MemberForm, accountId: number, personId: number, managerPersonId: number | null): NewTeamMember {
  return { account_id: accountId, person_id: personId, ...memberUpdateOf(form, managerPersonId) };
}

export function emptyPartnerForm(today: string): PartnerForm {
  return { firm: '', service: 'consulting', fee: null, currency: 'CNY', share: null, startOn: today, endOn: '', notes: '', areas: [] };
}

export function partnerFormOf(partner: TeamPartner): PartnerForm {
  return {
    firm: partner.firm,
    service: partner.service,
    fee: partner.fee,
    currency: partner.currency,
    share: partner.our_share_percent,
    startOn: partner.start_on,
    endOn: partner.end_on ?? '',
    notes: partner.notes,
    areas: [...partner.value_chain],
  };
}

export function partnerUpdateOf(form: PartnerForm): TeamPartnerUpdate {
  return {
    firm: form.firm.trim(),
    service: form.service,
    fee: numberOrNull(form.fee),
    currency: form.currency.trim().toUpperCase() || null,
    our_share_percent: numberOrNull(form.share),
    start_on: form.startOn,
    end_on: form.endOn === '' ? null : form.endOn,
    notes: form.notes,
    value_chain: inChainOrder(form.areas),
  };
}

export function newPartnerOf(form: PartnerForm, accountId: number): NewTeamPartner {
  return { account_id: accountId, ...partnerUpdateOf(form) };
}

/** Today in the user's time zone, `YYYY-MM-DD`, for a new entry's start date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
