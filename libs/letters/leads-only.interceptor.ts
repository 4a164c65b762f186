import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext, GRAPHQL_MODULE_OPTIONS, type GqlModuleOptions } from '@nestjs/graphql';
import { defer, map, of, type Observable } from 'rxjs';
import { ErrorCode, type DomainError } from '@undersigned/common';
import { LetterAccess, readsAsLead, requireLeadRead } from './letter.policy';

export const LEADS_ONLY_KEY = 'undersigned:leads-only';

/** A parent object that carries how the viewer stands to its letter (LetterObject, and what hangs off it). */
export interface LeadReadable {
  access: LetterAccess;
}

/**
 * What a lead-only field answers everyone but the leads: an empty list, null, or an error. Where
 * others are told NOT_FOUND, a lead whose session lacks the two-factor its organisations require
 * is told FORBIDDEN with what to do (see LetterAccess.LEAD_WITHOUT_TWO_FACTOR); otherwise they get
 * what everyone else gets.
 */
export type LeadsOnlyAnswer = [] | null | (() => DomainError);

export interface LeadsOnlyOptions<TAnswer = unknown> {
  otherwise: LeadsOnlyAnswer;
  /** Lead-only only when the query gives this argument (a filter that would tell others what they may not know). */
  argument?: string;
  /** Lead-only only for some answers, decided once the field is resolved: `is` names them, `test` tells them. */
  answers?: { is: string; test(answer: TAnswer): boolean };
}

/**
 * Declares a field of a LeadReadable parent readable by the leads only (LetterAccess.LEAD: the
 * OWNERs and COORDINATORs of a lead organisation, in a session its organisations accept): anyone
 * else is answered `otherwise`, and the resolver runs for the leads alone. Enforced by
 * LeadsOnlyInterceptor; the permissions test lists every declared field.
 */
export const LeadsOnly = <TAnswer = unknown>(options: LeadsOnlyOptions<TAnswer>): MethodDecorator =>
  applyDecorators(SetMetadata(LEADS_ONLY_KEY, options), UseInterceptors(LeadsOnlyInterceptor));

/**
 * The one place a lead-only field refuses: reads the field's declaration and its parent's `access`.
 * GraphQL runs interceptors on field resolvers only when told to (`fieldResolverEnhancers`): without
 * that, every lead-only field would answer everyone, so the application refuses to start.
 */
@Injectable()
export class LeadsOnlyInterceptor implements NestInterceptor, OnModuleInit {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const options = graphqlOptions(this.moduleRef);
    // A process that serves no GraphQL (the worker) resolves no field: nothing to refuse there.
    if (options && !options.fieldResolverEnhancers?.includes('interceptors')) {
      throw new Error("Lead-only fields need GraphQL's fieldResolverEnhancers to include 'interceptors'");
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<LeadsOnlyOptions | undefined>(LEADS_ONLY_KEY, context.getHandler());
    if (!options) throw new Error(`${context.getHandler().name} uses LeadsOnlyInterceptor without @LeadsOnly`);
    const gql = GqlExecutionContext.create(context);
    // A parent that does not say how the viewer stands is read as no lead's.
    const access = gql.getRoot<Partial<LeadReadable> | undefined>()?.access ?? LetterAccess.NONE;
    if (readsAsLead(access)) return next.handle();
    if (options.argument !== undefined && !gql.getArgs<Record<string, unknown>>()[options.argument]) {
      return next.handle();
    }
    const { answers } = options;
    // The resolver does not run for anyone else: nothing of what it would read is even loaded.
    if (!answers) return defer(() => of(refuse(options.otherwise, access)));
    return next.handle().pipe(map((answer) => (answers.test(answer) ? refuse(options.otherwise, access) : answer)));
  }
}

function graphqlOptions(moduleRef: ModuleRef): GqlModuleOptions | undefined {
  try {
    return moduleRef.get<GqlModuleOptions>(GRAPHQL_MODULE_OPTIONS, { strict: false });
  } catch {
    return undefined;
  }
}

function refuse(otherwise: LeadsOnlyAnswer, access: LetterAccess): [] | null {
  if (otherwise === null) return null;
  if (Array.isArray(otherwise)) return [];
  const error = otherwise();
  if (error.code === ErrorCode.NOT_FOUND) requireLeadRead(access, () => error);
  throw error;
}

/** How a declaration reads in the permissions list: `[]`, `null` or the error's code, and when. */
export function describeLeadsOnly(options: LeadsOnlyOptions): string {
  const when = [
    options.argument !== undefined ? `when given ${options.argument}` : '',
    options.answers ? `when ${options.answers.is}` : '',
  ].filter(Boolean);
  return `LEADS_ONLY, others get ${describeAnswer(options.otherwise)}${when.length ? ` (${when.join(', ')})` : ''}`;
}

function describeAnswer(otherwise: LeadsOnlyAnswer): string {
  if (otherwise === null) return 'null';
  if (Array.isArray(otherwise)) return '[]';
  const { code } = otherwise();
  return code === ErrorCode.NOT_FOUND ? `${code} (a lead whose session lacks two-factor: FORBIDDEN)` : code;
}
