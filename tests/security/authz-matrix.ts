// S01: who may call each server action, written by hand from the specification — never derived
// from GRANTS in lib/auth/permissions.ts, so a wrong grant there shows up as a failing cell here.
// Every export of every lib/**/actions.ts needs a row (authz.test.ts fails otherwise). `input`
// builds a valid payload for the calling user, so allowed callers really succeed.
import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { helpdeskNews, holidays, notifications, outbox, projects, ratingTokens, servicePoints, slaPlans, staffProfiles, tickets, uploads } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import { toLocalInput } from '@/lib/format/date';
import { dataUrl, signaturePng } from '@/lib/job-cards/test-signature';
import { loadSettings } from '@/lib/settings/store';
import { issueToken, newToken } from '@/lib/tokens';
import { createCustomer, createUser, TEST_PASSWORD, uniqueEmail, type TestUser } from '../helpers/factories';
import { createPlan, ispMatrixInputs } from '../helpers/isp-factories';
import { catalogMatrixInputs } from '../helpers/catalog-factories';
import { CONTENT_MATRIX } from './authz-content';
import { ispOpsMatrixInputs } from '../isp/ops-factories';

export type Caller = 'anon' | Role;
export const CALLERS = ['anon', 'customer', 'admin', 'manager', 'helpdesk', 'service_point', 'engineer'] as const satisfies readonly Caller[];

export type MatrixRow = {
  /** Callers that get past authorization. Everyone else: FORBIDDEN, or UNAUTHENTICATED when anonymous. */
  allow: readonly Caller[];
  /**
   * A refusal other than FORBIDDEN for a caller outside `allow`: NOT_FOUND when the row is out of the
   * caller's scope (C3, "not yours" looks like "not there"). The database must still be unchanged.
   */
  refused?: Partial<Record<Caller, 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED'>>;
  /** A valid payload when called by `me` (null when anonymous); may create the rows it refers to. */
  input: (me: TestUser | null) => Promise<unknown>;
};

const ANYONE: readonly Caller[] = CALLERS;
const SIGNED_IN: readonly Caller[] = ['customer', 'admin', 'manager', 'helpdesk', 'service_point', 'engineer'];
const ADMIN: readonly Caller[] = ['admin'];
const NEWS_EDITORS: readonly Caller[] = ['admin', 'helpdesk'];

const NEW_PASSWORD = 'Sandi-Baru#2026';

async function tokenFor(kind: 'verify_email' | 'reset_password' | 'invite') {
  const user =
    kind === 'invite'
      ? await createUser('engineer', { password: null, verified: false })
      : await createUser('customer', { verified: kind !== 'verify_email' });
  return issueToken(db, user.id, kind);
}

async function newsRow() {
  const [row] = await db
    .insert(helpdeskNews)
    .values({ title: `Berita ${randomBytes(3).toString('hex')}`, body: 'Isi berita', audience: 'all' })
    .returning({ id: helpdeskNews.id });
  return row.id;
}

async function notificationFor(me: TestUser | null) {
  const owner = me ?? (await createUser('customer'));
  const [row] = await db.insert(notifications).values({ userId: owner.id, kind: 'welcome', params: { name: owner.name } }).returning({ id: notifications.id });
  return row.id;
}

async function deadMessage() {
  const [row] = await db
    .insert(outbox)
    .values({ recipient: uniqueEmail('dead'), template: 'verify-email', locale: 'id', payload: {}, status: 'dead', attempts: 6, lastError: '422 validation_error' })
    .returning({ id: outbox.id });
  return row.id;
}

function ticketForm() {
  return {
    projectId: '',
    category: 'incident',
    priority: 'normal',
    summary: 'Internet kantor putus',
    detail: 'Semua komputer tidak bisa terhubung sejak pagi.',
    reporterPhone: '',
    idempotencyKey: randomUUID(),
  };
}

let ticketSeq = 0;
/** A new ticket of `customerId` (a fresh customer when not given), straight into the table. */
async function ticketRow(customerId?: string) {
  const owner = customerId ?? (await createCustomer()).id;
  const [row] = await db
    .insert(tickets)
    .values({
      number: `TKT-2098-${String(++ticketSeq + (process.pid % 1000) * 1000).padStart(6, '0')}`,
      customerId: owner,
      reporterName: 'Pelapor',
      category: 'incident',
      summary: 'Printer tidak bisa mencetak',
      detail: 'Printer lantai 2 macet.',
      idempotencyKey: randomUUID(),
    })
    .returning({ id: tickets.id });
  return row.id;
}

let holidaySeq = 0;

async function slaPlanRow() {
  const [plan] = await db.insert(slaPlans).values({ name: `Paket ${randomBytes(4).toString('hex')}`, responseMinutes: 60, resolutionMinutes: 480 }).returning({ id: slaPlans.id });
  return plan.id;
}

async function servicePointRow() {
  const [sp] = await db.insert(servicePoints).values({ name: `SP ${randomBytes(4).toString('hex')}` }).returning({ id: servicePoints.id });
  return sp.id;
}

async function projectRow() {
  const [p] = await db.insert(projects).values({ customerId: (await createCustomer()).id, name: 'Proyek uji' }).returning({ id: projects.id });
  return p.id;
}

/** A job card for a ticket in progress, assigned to `me` when `me` is an engineer. */
async function jobCardInput(me: TestUser | null) {
  const ticketId = await ticketRow();
  await db.update(tickets).set({ status: 'in_progress', assigneeId: me?.role === 'engineer' ? me.id : null }).where(eq(tickets.id, ticketId));
  const now = toLocalInput(new Date(), (await loadSettings(db)).regional.timeZone);
  const signature = dataUrl(await signaturePng());
  return { ticketId, version: 1, workDone: 'Kabel LAN diganti, koneksi normal.', parts: [{ name: 'Kabel UTP', qty: 3 }], arrivalAt: now, finishAt: now, customerName: 'Bu Sari', signature, resolve: false };
}

/** A resolved ticket (of `customerId`, or a fresh customer's). */
async function resolvedTicket(customerId?: string) {
  const id = await ticketRow(customerId);
  await db.update(tickets).set({ status: 'resolved' }).where(eq(tickets.id, id));
  return id;
}

/** The plaintext of a live rating link, as the resolve mail carries it. */
async function ratingToken() {
  const { token, hash } = newToken();
  await db.insert(ratingTokens).values({ ticketId: await resolvedTicket(), tokenHash: hash, expiresAt: new Date(Date.now() + 86_400_000) });
  return token;
}

const company = {
  name: 'PT Uji Coba Nusantara',
  tagline: 'Tagline',
  about: 'Tentang kami',
  vision: 'Visi',
  address: 'Jl. Merdeka No. 1',
  city: 'Bandung',
  phone: '022-555-0101',
  whatsapp: '0812-3456-7890',
  email: 'halo@uji.test',
  mapUrl: 'https://maps.example.test/x',
  instagram: '',
  facebook: '',
  youtube: '',
  tiktok: '',
};

export const AUTHZ_MATRIX: Record<string, Record<string, MatrixRow>> = {
  // Module 3 content: segments, promos, campaigns, news, pages, inquiries, reviews, unsubscribe.
  ...CONTENT_MATRIX,
  'lib/accounts/actions.ts': {
    login: {
      allow: ANYONE,
      input: async (me) => {
        const who = me ?? (await createUser('customer'));
        return { email: who.email, password: who.password };
      },
    },
    logout: { allow: ANYONE, input: async () => ({}) },
    register: {
      allow: ANYONE,
      input: async () => ({ name: 'Pendaftar Baru', email: uniqueEmail('reg'), phone: '', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    },
    resendVerificationEmail: {
      allow: ANYONE,
      input: async () => ({ email: (await createUser('customer', { verified: false })).email }),
    },
    confirmEmail: { allow: ANYONE, input: async () => ({ token: await tokenFor('verify_email') }) },
    forgotPassword: { allow: ANYONE, input: async () => ({ email: (await createUser('customer')).email }) },
    resetPassword: {
      allow: ANYONE,
      input: async () => ({ token: await tokenFor('reset_password'), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    },
    acceptInvitation: {
      allow: ANYONE,
      input: async () => ({ token: await tokenFor('invite'), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    },
    updatePassword: {
      allow: SIGNED_IN,
      input: async (me) => ({ currentPassword: me?.password ?? TEST_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    },
    saveProfile: { allow: SIGNED_IN, input: async () => ({ name: 'Nama Diperbarui', phone: '0812-1111-2222', locale: 'en' }) },
    switchLanguage: { allow: ANYONE, input: async () => ({ locale: 'en' }) },
  },
  'lib/users/actions.ts': {
    inviteUserAction: {
      allow: ADMIN,
      input: async () => ({ name: 'Staf Baru', email: uniqueEmail('invite'), phone: '', role: 'helpdesk', locale: 'id' }),
    },
    resendInviteAction: { allow: ADMIN, input: async () => ({ userId: (await createUser('engineer', { password: null, verified: false })).id }) },
    changeRoleAction: { allow: ADMIN, input: async () => ({ userId: (await createUser('engineer')).id, role: 'manager' }) },
    setUserStatusAction: { allow: ADMIN, input: async () => ({ userId: (await createUser('helpdesk')).id, status: 'disabled' }) },
  },
  'lib/settings/actions.ts': {
    saveCompany: { allow: ADMIN, input: async () => company },
    saveHours: { allow: ADMIN, input: async () => ({ workingDays: [1, 2, 3, 4, 5, 6], open: '07:30', close: '16:00' }) },
    saveRegional: { allow: ADMIN, input: async () => ({ timeZone: 'Asia/Makassar', defaultLocale: 'id' }) },
    saveModules: { allow: ADMIN, input: async () => ({ helpdesk: true, catalog: true, promos: false, isp: true, shop: false, bookings: true }) },
  },
  'lib/helpdesk-news/actions.ts': {
    saveNewsAction: {
      allow: NEWS_EDITORS,
      input: async () => ({ title: 'Gangguan jaringan', body: 'Perbaikan sedang berlangsung.', publishAt: '2026-01-05T08:00', expiresAt: '', audience: 'all' }),
    },
    deleteNewsAction: { allow: NEWS_EDITORS, input: async () => ({ id: await newsRow() }) },
  },
  'lib/notifications/actions.ts': {
    markNotificationRead: { allow: SIGNED_IN, input: async (me) => ({ id: await notificationFor(me) }) },
    markAllNotificationsRead: { allow: SIGNED_IN, input: async () => ({}) },
  },
  'lib/outbox-admin/actions.ts': {
    retryOutboxMessage: { allow: ADMIN, input: async () => ({ id: await deadMessage() }) },
  },
  // Tickets (SPEC module 2). Moves are open to every signed-in user at the wrapper; the workflow table
  // decides by role (FORBIDDEN) and the scope by row (NOT_FOUND). tests/helpdesk/lifecycle.test.ts has
  // every move × every caller; here one move stands for the action.
  'lib/tickets/actions.ts': {
    // Helpdesk and admin hold ticket.create too, but this form is the customer's own (no customer: 404).
    submitTicket: {
      allow: ['customer'],
      refused: { admin: 'NOT_FOUND', helpdesk: 'NOT_FOUND' },
      input: async () => ticketForm(),
    },
    openTicketForCustomer: {
      allow: ['admin', 'helpdesk'],
      input: async () => ({ ...ticketForm(), customerId: (await createCustomer()).id, reporterName: 'Pak Darmawan', reporterEmail: '' }),
    },
    moveTicketAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => {
        const [sp] = await db.insert(servicePoints).values({ name: `SP ${randomBytes(4).toString('hex')}` }).returning({ id: servicePoints.id });
        return { move: 'assign', ticketId: await ticketRow(), version: 1, servicePointId: sp.id };
      },
    },
    // A customer comments on their own company's ticket; a service point or engineer it was not given to
    // does not see it; managers read only.
    addCommentAction: {
      allow: ['customer', 'admin', 'helpdesk'],
      refused: { service_point: 'NOT_FOUND', engineer: 'NOT_FOUND' },
      input: async (me) => ({ ticketId: await ticketRow(me?.customerId ?? undefined), body: 'Mohon kabar terbaru.', internal: false }),
    },
    deleteTicketAction: { allow: ADMIN, input: async () => ({ ticketId: await ticketRow() }) },
    changeTicketPlanAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => {
        const [plan] = await db.insert(slaPlans).values({ name: `Paket ${randomBytes(4).toString('hex')}`, responseMinutes: 120, resolutionMinutes: 960 }).returning({ id: slaPlans.id });
        return { ticketId: await ticketRow(), slaPlanId: plan.id, version: 1 };
      },
    },
  },
  // Files go onto a ticket the caller can see, and only files the caller uploaded (C16); managers read only.
  'lib/uploads/actions.ts': {
    attachToTicketAction: {
      allow: ['customer', 'admin', 'helpdesk'],
      refused: { service_point: 'NOT_FOUND', engineer: 'NOT_FOUND' },
      input: async (me) => {
        const [file] = await db
          .insert(uploads)
          .values({ uploadedBy: me?.id ?? null, customerId: me?.customerId ?? null, purpose: 'ticket-attachment', storedName: `${randomUUID()}.png`, originalName: 'foto.png', contentType: 'image/png', size: 68 })
          .returning({ id: uploads.id });
        return { ticketId: await ticketRow(me?.customerId ?? undefined), uploadIds: [file.id] };
      },
    },
  },
  // Helpdesk master data (SPEC module 2): helpdesk and admin keep customers and projects; admin alone
  // keeps SLA plans, holidays and service points; an engineer says whether they are available.
  'lib/customers/actions.ts': {
    saveCustomerAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => ({
        name: 'PT Matriks Uji',
        type: 'company',
        address: 'Jl. Asia Afrika 8',
        city: 'Bandung',
        region: 'Jawa Barat',
        phone: '022-555-0199',
        email: '',
        personInCharge: 'Bu Rina',
        salesperson: '',
        productsUsed: '',
        tags: '',
        notes: '',
        slaPlanId: '',
      }),
    },
    setCustomerArchivedAction: { allow: ['admin', 'helpdesk'], input: async () => ({ id: (await createCustomer()).id, archived: true }) },
    deleteCustomerAction: { allow: ['admin', 'helpdesk'], input: async () => ({ id: (await createCustomer()).id }) },
    inviteContactAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => ({ customerId: (await createCustomer()).id, name: 'Kontak Baru', email: uniqueEmail('contact'), phone: '', locale: 'id' }),
    },
    resendContactInviteAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => {
        const contact = await createUser('customer', { password: null, verified: false });
        return { customerId: contact.customerId, userId: contact.id };
      },
    },
  },
  'lib/projects/actions.ts': {
    saveProjectAction: {
      allow: ['admin', 'helpdesk'],
      input: async () => ({
        customerId: (await createCustomer()).id,
        name: 'Instalasi jaringan kantor',
        deliveryBegin: '2026-01-05',
        deliveryEnd: '2026-01-10',
        installationBegin: '2026-01-12',
        installationEnd: '2026-01-20',
        uatBegin: '',
        uatEnd: '',
        billingStart: '',
        billingDue: '',
        warrantyMonths: 12,
        contractStart: '2026-02-01',
        contractMonths: 24,
        slaPlanId: '',
        notes: '',
      }),
    },
    deleteProjectAction: { allow: ['admin', 'helpdesk'], input: async () => ({ id: await projectRow() }) },
  },
  'lib/sla-plans/actions.ts': {
    saveSlaPlanAction: {
      allow: ADMIN,
      input: async () => ({ name: `Paket ${randomBytes(4).toString('hex')}`, responseHours: 2, responseMinutes: 0, resolutionHours: 16, resolutionMinutes: 0, warningPercent: 75, pauseOnPending: true }),
    },
    setSlaPlanActiveAction: { allow: ADMIN, input: async () => ({ id: await slaPlanRow(), active: false }) },
    deleteSlaPlanAction: { allow: ADMIN, input: async () => ({ id: await slaPlanRow() }) },
  },
  'lib/holidays/actions.ts': {
    saveHolidayAction: { allow: ADMIN, input: async () => ({ day: `20${40 + (++holidaySeq % 50)}-03-0${1 + (process.pid % 9)}`, name: 'Hari libur uji' }) },
    deleteHolidayAction: {
      allow: ADMIN,
      input: async () => {
        const day = `2099-0${1 + (++holidaySeq % 9)}-1${process.pid % 10}`;
        await db.insert(holidays).values({ day, name: 'Libur dihapus' }).onConflictDoNothing();
        return { day };
      },
    },
    addNationalHolidaysAction: { allow: ADMIN, input: async () => ({ year: 2026 }) },
  },
  'lib/service-points/actions.ts': {
    saveServicePointAction: {
      allow: ADMIN,
      input: async () => ({ name: `SP ${randomBytes(4).toString('hex')}`, address: 'Jl. Pemuda 1', region: 'Jawa Tengah', phone: '', cities: 'Semarang, Kendal', active: true }),
    },
    deleteServicePointAction: { allow: ADMIN, input: async () => ({ id: await servicePointRow() }) },
    assignStaffAction: { allow: ADMIN, input: async () => ({ servicePointId: await servicePointRow(), userId: (await createUser('engineer')).id }) },
    removeStaffAction: {
      allow: ADMIN,
      input: async () => {
        const servicePointId = await servicePointRow();
        const engineer = await createUser('engineer');
        await db.insert(staffProfiles).values({ userId: engineer.id, servicePointId }).onConflictDoNothing();
        return { servicePointId, userId: engineer.id };
      },
    },
    setMyAvailabilityAction: { allow: ['admin', 'engineer'], input: async () => ({ available: false }) },
  },
  // Job cards and ratings (SPEC module 2). The dispatched engineer files a job card (admin holds
  // ticket.work but is nobody's assignee: 404). Anyone holding the mailed link rates once; a customer
  // contact rates their own resolved ticket (helpdesk and admin hold ticket.create but own no ticket: 404).
  'lib/job-cards/actions.ts': {
    submitJobCard: { allow: ['engineer'], refused: { admin: 'NOT_FOUND' }, input: async (me) => jobCardInput(me) },
  },
  'lib/ratings/actions.ts': {
    rateTicketWithToken: { allow: ANYONE, input: async () => ({ token: await ratingToken(), rating: 4, comment: 'Cepat dan ramah' }) },
    rateOwnTicket: {
      allow: ['customer'],
      refused: { admin: 'NOT_FOUND', helpdesk: 'NOT_FOUND' },
      input: async (me) => ({ ticketId: await resolvedTicket(me?.customerId ?? undefined), rating: 5, comment: '' }),
    },
  },
  // ISP operations (SPEC module 4): customer support (helpdesk) and admin keep the technicians'
  // calendar; a technician marks only their own visits done (an admin is not the booked technician:
  // NOT_FOUND); support changes subscription status, applies upgrade rules and handles requests, while
  // only admins edit rules (isp.manage); a subscriber files complaints and upgrade requests about their
  // own subscription — staff have no subscription of their own, so theirs is NOT_FOUND.
  'lib/isp/scheduling/actions.ts': {
    bookComplaintVisit: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.bookComplaintVisit() },
    rescheduleVisit: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.rescheduleVisit() },
    cancelVisit: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.cancelVisit() },
    completeVisit: { allow: ['engineer'], refused: { admin: 'NOT_FOUND' }, input: async (me) => ispOpsMatrixInputs.completeVisit(me) },
  },
  'lib/isp/subscriptions/actions.ts': {
    changeSubscriptionStatusAction: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.changeStatus() },
    fileComplaintAction: { allow: ['customer'], refused: { admin: 'NOT_FOUND', helpdesk: 'NOT_FOUND' }, input: async (me) => ispOpsMatrixInputs.complaint(me) },
    requestUpgradeAction: {
      allow: ['customer'],
      refused: { admin: 'NOT_FOUND', manager: 'NOT_FOUND', helpdesk: 'NOT_FOUND', service_point: 'NOT_FOUND', engineer: 'NOT_FOUND' },
      input: async (me) => ispOpsMatrixInputs.upgradeRequest(me),
    },
  },
  'lib/isp/upgrades/actions.ts': {
    saveRuleAction: { allow: ADMIN, input: async () => ispOpsMatrixInputs.saveRule() },
    deleteRuleAction: { allow: ADMIN, input: async () => ispOpsMatrixInputs.deleteRule() },
    applyRuleAction: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.applyRule() },
    applyRuleToAllAction: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.applyAll() },
    approveUpgradeRequestAction: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.approveRequest() },
    rejectUpgradeRequestAction: { allow: ['admin', 'helpdesk'], input: async () => ispOpsMatrixInputs.rejectRequest() },
  },
  // Catalog (SPEC module 3, issue #5): helpdesk and admin keep categories, items and their photos; a
  // photo can only be attached by the staff member who uploaded it.
  'lib/catalog/actions.ts': {
    saveCategoryAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.category },
    deleteCategoryAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.deleteCategory },
    saveItemAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.item },
    deleteItemAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.deleteItem },
    addItemImagesAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.addImages },
    reorderItemImagesAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.reorder },
    setImageAltAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.alt },
    deleteItemImageAction: { allow: ['admin', 'helpdesk'], input: catalogMatrixInputs.deleteImage },
  },
  // Internet provider front office (SPEC module 4): admins keep plans and coverage; anyone may join a
  // waiting list or sign up; a signed-in customer applies from /account (staff have no customer of
  // their own: FORBIDDEN); customer support (helpdesk) moves applications, and the technician booked
  // for the survey or the installation records it (the fixture books the calling engineer).
  'lib/isp/plans/actions.ts': {
    savePlanAction: { allow: ADMIN, input: async () => ispMatrixInputs.plan() },
    setPlanActiveAction: { allow: ADMIN, input: async () => ({ id: (await createPlan()).id, active: false }) },
    deletePlanAction: { allow: ADMIN, input: async () => ({ id: (await createPlan()).id }) },
  },
  'lib/isp/coverage/actions.ts': {
    addCoverageAction: { allow: ADMIN, input: async () => ispMatrixInputs.addCoverage() },
    removeCoverageAction: { allow: ADMIN, input: async () => ispMatrixInputs.removeCoverage() },
    joinWaitingListAction: { allow: ANYONE, input: async () => ispMatrixInputs.waitingList() },
  },
  'lib/isp/applications/actions.ts': {
    signUpForInternet: { allow: ANYONE, input: async () => ispMatrixInputs.signup() },
    applyForInternet: { allow: ['customer'], input: async () => ispMatrixInputs.apply() },
    scheduleSurveyAction: { allow: ['admin', 'helpdesk'], input: async () => ispMatrixInputs.scheduleSurvey() },
    recordSurveyAction: { allow: ['admin', 'helpdesk', 'engineer'], input: async (me) => ispMatrixInputs.recordSurvey(me) },
    scheduleInstallationAction: { allow: ['admin', 'helpdesk'], input: async () => ispMatrixInputs.scheduleInstallation() },
    activateApplicationAction: { allow: ['admin', 'helpdesk', 'engineer'], input: async (me) => ispMatrixInputs.activate(me) },
    rejectApplicationAction: { allow: ['admin', 'helpdesk'], input: async () => ispMatrixInputs.reject() },
  },
};

/**
 * The foundation's role → permission table (SPEC.md "Users and roles", SECURITY.md), by hand.
 * Module permissions (tickets, catalog, …) get their rows from the module that introduces them.
 */
export const FOUNDATION_GRANTS: Record<string, readonly Role[]> = {
  'staff.access': ['admin', 'manager', 'helpdesk', 'service_point', 'engineer'],
  'account.self': ['admin', 'manager', 'helpdesk', 'service_point', 'engineer', 'customer'],
  'user.manage': ['admin'],
  'settings.manage': ['admin'],
  'news.publish': ['admin', 'helpdesk'],
  'news.read': ['admin', 'manager', 'helpdesk', 'service_point', 'engineer'],
  // Mail bodies hold reset and invite links: only admins read the outbox.
  'outbox.read': ['admin'],
  'audit.read': ['admin', 'manager'],
  'report.read': ['admin', 'manager'],
};
