import { describe, expect, it } from 'vitest';
import { partner, rosterMember } from './fixtures';
import { emptyMemberForm, emptyPartnerForm, memberFormOf, memberUpdateOf, newMemberOf, newPartnerOf, partnerFormOf, partnerUpdateOf } from './forms';

describe('member form', () => {
  it('maps a new member with dual reporting to the core input', () => {
    const form = { ...emptyMemberForm('2026-11-22'), personId: 42, allocation: 30, customerLeadId: 51, areas: ['quality', 'production'] as const };
    expect(newMemberOf({ ...form, areas: [...form.areas] }, 7, 42, 1)).toEqual({
      account_id: 7,
      person_id: 42,
      team_role: '',
      function: 'technical_service',
      location: 'customer_site',
      allocation_percent: 30,
      start_on: '2026-11-22',
      end_on: null,
      reports_to_manager_id: 1,
      customer_lead_id: 51,
      value_chain: ['production', 'quality'],
    });
  });

  it('leaves the manager line out when unticked, and empty boxes unset', () => {
    const update = memberUpdateOf({ ...emptyMemberForm('2026-01-01'), reportsToManager: false, allocation: undefined }, 1);
    expect(update.reports_to_manager_id).toBeNull();
    expect(update.allocation_percent).toBeNull();
  });

  it('round-trips a member through the form', () => {
    const member = rosterMember(3, 'Ana Silva', 'quality', 'ours', { id: 51, name: 'Sun Mei', title: 'Quality Director' }).member;
    const update = memberUpdateOf(memberFormOf(member), member.reports_to_manager_id);
    expect(update).toMatchObject({
      function: member.function,
      location: member.location,
      allocation_percent: member.allocation_percent,
      start_on: member.start_on,
      end_on: null,
      reports_to_manager_id: member.reports_to_manager_id,
      customer_lead_id: 51,
      value_chain: member.value_chain,
    });
  });

  it('passes out-of-range numbers to the core, which judges them', () => {
    expect(memberUpdateOf({ ...emptyMemberForm('2026-01-01'), allocation: 150 }, 1).allocation_percent).toBe(150);
  });
});

describe('partner form', () => {
  it('maps a new partner at a 50% share', () => {
    const form = { ...emptyPartnerForm('2026-11-22'), firm: '  Brightline Audit ', service: 'audit' as const, fee: 80000, share: 50, currency: 'eur' };
    expect(newPartnerOf(form, 7)).toEqual({
      account_id: 7,
      firm: 'Brightline Audit',
      service: 'audit',
      fee: 80000,
      currency: 'EUR',
      our_share_percent: 50,
      start_on: '2026-11-22',
      end_on: null,
      notes: '',
      value_chain: [],
    });
  });

  it('round-trips a partner through the form', () => {
    const update = partnerUpdateOf(partnerFormOf(partner));
    expect(update).toMatchObject({ firm: partner.firm, fee: 200000, our_share_percent: 50, currency: 'CNY', value_chain: ['marketing'] });
  });

  it('sends a blank currency as absent (the core defaults it)', () => {
    expect(partnerUpdateOf({ ...emptyPartnerForm('2026-01-01'), currency: ' ' }).currency).toBeNull();
  });
});
