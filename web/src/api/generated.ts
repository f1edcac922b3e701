// Generated from the server's OpenAPI document by `npm run gen:api-types`. Do not edit:
// change the route schemas (src/server/routes/**/schema.ts) and run the script again.
// scripts/api-types/generated-fresh.test.ts fails while this file is stale.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the state of the database and the queue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "degraded";
                            version: string;
                            database: {
                                ok: boolean;
                                kind: string;
                            };
                            queue: {
                                ok: boolean;
                                engine: string;
                                queued?: number;
                                failed?: number;
                            };
                            inbound?: {
                                waiting: number;
                                setAside: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "degraded";
                            version: string;
                            database: {
                                ok: boolean;
                                kind: string;
                            };
                            queue: {
                                ok: boolean;
                                engine: string;
                                queued?: number;
                                failed?: number;
                            };
                            inbound?: {
                                waiting: number;
                                setAside: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (restart it if not) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                            uptimeSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and the queue answer (send traffic here) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ready" | "not_ready";
                            database: boolean;
                            queue: boolean;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ready" | "not_ready";
                            database: boolean;
                            queue: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                locale: ("id" | "en") | (never | null);
                                colorScheme: "light" | "dark" | "auto";
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their workspaces and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                locale: ("id" | "en") | (never | null);
                                colorScheme: "light" | "dark" | "auto";
                            };
                            csrfToken: string | null;
                            workspaces: {
                                id: string;
                                name: string;
                                role: "owner" | "manager" | "officer" | "viewer";
                                timezone: string;
                                locale: "id" | "en";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your language, colour scheme or name */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locale?: "id" | "en";
                        colorScheme?: "light" | "dark" | "auto";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                locale: ("id" | "en") | (never | null);
                                colorScheme: "light" | "dark" | "auto";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never the secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description read: GET only; full: whatever your roles allow. */
                                scope: "read" | "full";
                                createdAt: string;
                                lastUsedAt: string | null;
                                expiresAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token for scripts (use as Authorization: Bearer …) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description read: GET only; full: whatever your roles allow. */
                        scope?: "read" | "full";
                        /** @description Default 90. */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description Shown once; only its hash is stored. */
                            token: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: conversations by priority, with filters and saved views */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "snoozed" | "closed" | "all";
                    /** @description A saved view; combined with the other filters. */
                    view?: "unanswered_questions" | "complaints" | "breaching" | "mine";
                    channelId?: string;
                    unanswered?: boolean;
                    intent?: "question" | "complaint" | "praise" | "purchase_intent" | "spam";
                    sentiment?: "positive" | "neutral" | "negative";
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness" | "none";
                    urgency?: "low" | "normal" | "high";
                    language?: "id" | "en" | "mixed" | "other";
                    /** @description "me", "none" or a user id */
                    assignee?: string;
                    tag?: string;
                    /** @description The contact's rung on the loyalty ladder (Insights) */
                    loyaltyStage?: "new" | "engaged" | "loyal" | "advocate" | "at_risk";
                    target?: "breached" | "due_soon" | "ok";
                    spam?: boolean;
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: "thread" | "direct";
                                status: "open" | "snoozed" | "closed";
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                contact: {
                                    id: string;
                                    displayName: string;
                                    handle: string;
                                } | null;
                                lastMessage: {
                                    text: string;
                                    direction: "inbound" | "outbound";
                                    sentAt: string;
                                } | null;
                                unanswered: boolean;
                                priority: number;
                                firstResponseDueAt: string | null;
                                intents: string[];
                                sentiment: string | null;
                                emotion: string | null;
                                urgency: string | null;
                                tags: string[];
                                assigneeId: string | null;
                                updatedAt: string;
                                priorityReasons: {
                                    reason: string;
                                    points: number;
                                    because?: string[];
                                }[];
                                targetState: ("ok" | "due_soon" | "breached") | (never | null);
                                awaitingSince: string | null;
                                firstRespondedAt: string | null;
                                snoozedUntil: string | null;
                                spam: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox-zero indicators: unanswered questions, breaching targets, mine */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The inbox-zero indicator. */
                            unansweredQuestions: number;
                            unanswered: number;
                            breaching: number;
                            open: number;
                            mine: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversation: the original post, the thread, notes, and the contact with history and loyalty */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversation: {
                                id: string;
                                kind: "thread" | "direct";
                                status: "open" | "snoozed" | "closed";
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                contact: {
                                    id: string;
                                    displayName: string;
                                    handle: string;
                                } | null;
                                lastMessage: {
                                    text: string;
                                    direction: "inbound" | "outbound";
                                    sentAt: string;
                                } | null;
                                unanswered: boolean;
                                priority: number;
                                firstResponseDueAt: string | null;
                                intents: string[];
                                sentiment: string | null;
                                emotion: string | null;
                                urgency: string | null;
                                tags: string[];
                                assigneeId: string | null;
                                updatedAt: string;
                                priorityReasons: {
                                    reason: string;
                                    points: number;
                                    because?: string[];
                                }[];
                                targetState: ("ok" | "due_soon" | "breached") | (never | null);
                                awaitingSince: string | null;
                                firstRespondedAt: string | null;
                                snoozedUntil: string | null;
                                spam: boolean;
                            } & {
                                rootPost: {
                                    text: string;
                                    networkId: string;
                                } | null;
                            };
                            messages: {
                                id: string;
                                direction: "inbound" | "outbound";
                                kind: string;
                                text: string;
                                author: {
                                    displayName: string;
                                    handle: string;
                                } | null;
                                sentAt: string;
                                deliveryState: string;
                                error: string | null;
                                markedGood: boolean;
                                editedAt: string | null;
                                deleted: boolean;
                                analysis: {
                                    language: string;
                                    sentiment: {
                                        label: string;
                                    };
                                    emotion: {
                                        label: string;
                                    };
                                    intents: string[];
                                    urgency: string;
                                } | null;
                            }[];
                            notes: {
                                id: string;
                                text: string;
                                author: string | null;
                                createdAt: string;
                            }[];
                            contactProfile: {
                                id: string;
                                displayName: string;
                                handle: string;
                                vip: boolean;
                                firstSeenAt: string;
                                messageCount: number;
                                loyalty: {
                                    tier: "new" | "returning" | "loyal";
                                    positiveShare: number | null;
                                };
                                otherConversations: {
                                    id: string;
                                    lastMessageAt: string;
                                    status: string;
                                    lastIntents: string[];
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign, tag, snooze, close, reopen or mark as spam */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status?: "open" | "closed";
                        assigneeId?: string | null;
                        tags?: string[];
                        /** Format: date-time */
                        snoozedUntil?: string | null;
                        spam?: boolean;
                        addTags?: string[];
                        removeTags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the same change to many conversations */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conversationIds: string[];
                        changes: {
                            status?: "open" | "closed";
                            assigneeId?: string | null;
                            tags?: string[];
                            /** Format: date-time */
                            snoozedUntil?: string | null;
                            spam?: boolean;
                            addTags?: string[];
                            removeTags?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: string[];
                            notFound: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (never sent to the follower) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply: checked by the content guard and pacing, then sent by a job exactly once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        idempotencyKey: string;
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            state: string;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            state: string;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            hold: {
                                rule: string;
                                until: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            };
                        } | {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            findings: {
                                rule: string;
                                category: string;
                                severity: string;
                                start: number;
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell other officers you are viewing or replying here (shown live to them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        state: "viewing" | "replying" | "left";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested replies from the FAQ and past replies marked good, each with its source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                text: string;
                                score: number;
                                source: {
                                    type: "faq" | "past_reply";
                                    id: string;
                                    title: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/conversations/{conversationId}/messages/{messageId}/good": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark (or unmark) a sent reply as a good answer, so it is suggested for similar questions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    conversationId: string;
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        good: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/saved-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved replies of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                language: "id" | "en";
                                text: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a saved reply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        language: "id" | "en";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            language: "id" | "en";
                            text: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/saved-replies/{savedReplyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a saved reply */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    savedReplyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        language: "id" | "en";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            language: "id" | "en";
                            text: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a saved reply */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    savedReplyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FAQ entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                question: string;
                                answer: string;
                                language: "id" | "en";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an FAQ entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                        answer: string;
                        language: "id" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            question: string;
                            answer: string;
                            language: "id" | "en";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/knowledge/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an FAQ entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                email: string;
                                role: "owner" | "manager" | "officer" | "viewer";
                                joinedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member: their access ends at once (with their sessions and tokens if no workspace is left) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role (owners: anyone; managers: officers and viewers; never the last owner) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: "owner" | "manager" | "officer" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            role: "owner" | "manager" | "officer" | "viewer";
                            joinedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/settings/response-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First-response targets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timezone: string;
                            policy: {
                                targets: {
                                    network: string;
                                    intent: "urgent" | "complaint" | "question" | "purchase_intent" | "other";
                                    minutes: number;
                                }[];
                                businessHours: {
                                    days: number[];
                                    start: string;
                                    end: string;
                                } | null;
                                warnBeforeShare: number;
                            };
                        };
                    };
                };
            };
        };
        /** Change first-response targets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targets: {
                            network: string;
                            intent: "urgent" | "complaint" | "question" | "purchase_intent" | "other";
                            minutes: number;
                        }[];
                        businessHours: {
                            days: number[];
                            start: string;
                            end: string;
                        } | null;
                        warnBeforeShare: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live updates (text/event-stream): message.created, message.updated, conversation.updated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/brand-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brand profile the content guard applies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profile: {
                                name?: string;
                                products: {
                                    name: string;
                                    aliases: string[];
                                    limitations: string[];
                                    requiredDisclaimers: string[];
                                }[];
                                substantiatedClaims: {
                                    text: string;
                                    evidence: string;
                                }[];
                                bannedWords: string[];
                                /** @description Rule id → severity, or "off". */
                                severityOverrides: {
                                    [key: string]: "info" | "warn" | "block" | "off";
                                };
                            };
                        };
                    };
                };
            };
        };
        /** Replace the brand profile (validated; the change is recorded in the audit log) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        products?: {
                            name?: string;
                            aliases?: string[];
                            limitations?: string[];
                            requiredDisclaimers?: string[];
                        }[];
                        substantiatedClaims?: {
                            text?: string;
                            evidence?: string;
                        }[];
                        bannedWords?: string[];
                        severityOverrides?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profile: {
                                name?: string;
                                products: {
                                    name: string;
                                    aliases: string[];
                                    limitations: string[];
                                    requiredDisclaimers: string[];
                                }[];
                                substantiatedClaims: {
                                    text: string;
                                    evidence: string;
                                }[];
                                bannedWords: string[];
                                /** @description Rule id → severity, or "off". */
                                severityOverrides: {
                                    [key: string]: "info" | "warn" | "block" | "off";
                                };
                            };
                            /** @description What changed, as recorded in the audit log; empty when nothing did. */
                            changes: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent audit entries, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Only these actions, e.g. brand_profile.updated (repeat for several). */
                    action?: string[];
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/guard/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a draft post or reply for over-promising, missing disclosure and hard selling */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        kind: "post" | "reply";
                        /** @description Paid or gifted content: a clear partnership label is then required. */
                        paid?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                rule: string;
                                category: "claim" | "disclosure" | "pressure";
                                severity: "info" | "warn" | "block";
                                /** @description UTF-16 offset into the text, inclusive. */
                                start: number;
                                /** @description UTF-16 offset into the text, exclusive. */
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                            /** @description 0 = hard sell, 100 = soft sell. */
                            softSellScore: number;
                            softSellReasons: {
                                code: string;
                                delta: number;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drafts and scheduled posts, most recently changed first, a page at a time */
        get: {
            parameters: {
                query?: {
                    status?: ("draft" | "scheduled" | "publishing" | "published" | "failed")[];
                    /** @description Only drafts waiting for a manager's approval. */
                    approval?: "pending";
                    limit?: number;
                    /** @description How many posts to skip: the previous page's nextOffset. */
                    offset?: number;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                                text: string;
                                paid: boolean;
                                scheduledAt: string | null;
                                publishedAt: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                updatedAt: string;
                                variants: {
                                    id: string;
                                    channel: {
                                        id: string;
                                        network: string;
                                        handle: string;
                                    };
                                    state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                    error: string | null;
                                    networkPostId: string | null;
                                    sentAt: string | null;
                                    /** @description Where the published post can be seen (http/https only). */
                                    networkUrl?: string | null;
                                    text?: string;
                                    overrideText?: string | null;
                                    threadParts?: string[];
                                    mediaIds?: string[];
                                    problems?: {
                                        field: string;
                                        code: string;
                                        message: string;
                                    }[];
                                }[];
                                mediaIds?: string[];
                                approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                                plannedAt?: string | null;
                            }[];
                            /** @description The offset of the next page, or null on the last one. */
                            nextOffset: number | null;
                            /** @description How many drafts of the workspace wait for approval, on every page. */
                            pendingApproval: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a new draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        channelIds: string[];
                        /**
                         * @description Paid or gifted content: the guard then requires a clear partnership label.
                         * @default false
                         */
                        paid?: boolean;
                        /** @description Images every variant carries unless it chooses its own. */
                        mediaIds?: string[];
                        variants?: {
                            channelId: string;
                            /** @description The channel's own text; null inherits the post's. */
                            text?: string | null;
                            /** @description Replies after the first post, in order. */
                            threadParts?: string[];
                            mediaIds?: string[] | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/compose-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each Mastodon channel's instance allows (other networks: the limits table) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                channelId: string;
                                maxCharacters: number;
                                charactersReservedPerUrl: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One post with the state of each channel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Change a draft */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        channelIds: string[];
                        /**
                         * @description Paid or gifted content: the guard then requires a clear partnership label.
                         * @default false
                         */
                        paid?: boolean;
                        /** @description Images every variant carries unless it chooses its own. */
                        mediaIds?: string[];
                        variants?: {
                            channelId: string;
                            /** @description The channel's own text; null inherits the post's. */
                            text?: string | null;
                            /** @description Replies after the first post, in order. */
                            threadParts?: string[];
                            mediaIds?: string[] | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a draft: checked by the content guard and pacing, then published by a job once per channel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description An instant with its offset, e.g. 2026-11-26T09:00:00+07:00.
                         */
                        scheduledAt: string;
                        /** @description Managers only: why a post with a blocking finding may go anyway. */
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            hold?: {
                                rule: string;
                                /** @description The earliest time every limit allows the post. */
                                until: string;
                                channelId: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            findings: {
                                rule: string;
                                category: "claim" | "disclosure" | "pressure";
                                severity: "info" | "warn" | "block";
                                /** @description UTF-16 offset into the text, inclusive. */
                                start: number;
                                /** @description UTF-16 offset into the text, exclusive. */
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a scheduled post back to draft (before publishing starts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/post-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether posts need a manager's approval */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            required: boolean;
                        };
                    };
                };
            };
        };
        /** Turn approval of posts on or off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        required: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            required: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        plannedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            post: {
                                id: string;
                                status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                                text: string;
                                paid: boolean;
                                scheduledAt: string | null;
                                publishedAt: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                updatedAt: string;
                                variants: {
                                    id: string;
                                    channel: {
                                        id: string;
                                        network: string;
                                        handle: string;
                                    };
                                    state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                    error: string | null;
                                    networkPostId: string | null;
                                    sentAt: string | null;
                                    /** @description Where the published post can be seen (http/https only). */
                                    networkUrl?: string | null;
                                    text?: string;
                                    overrideText?: string | null;
                                    threadParts?: string[];
                                    mediaIds?: string[];
                                    problems?: {
                                        field: string;
                                        code: string;
                                        message: string;
                                    }[];
                                }[];
                                mediaIds?: string[];
                                approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                                plannedAt?: string | null;
                            };
                            approvalState: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted post, which schedules it (guard and pacing checks apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        scheduledAt?: string;
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            post: {
                                id: string;
                                status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                                text: string;
                                paid: boolean;
                                scheduledAt: string | null;
                                publishedAt: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                updatedAt: string;
                                variants: {
                                    id: string;
                                    channel: {
                                        id: string;
                                        network: string;
                                        handle: string;
                                    };
                                    state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                    error: string | null;
                                    networkPostId: string | null;
                                    sentAt: string | null;
                                    /** @description Where the published post can be seen (http/https only). */
                                    networkUrl?: string | null;
                                    text?: string;
                                    overrideText?: string | null;
                                    threadParts?: string[];
                                    mediaIds?: string[];
                                    problems?: {
                                        field: string;
                                        code: string;
                                        message: string;
                                    }[];
                                }[];
                                mediaIds?: string[];
                                approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                                plannedAt?: string | null;
                            };
                            approvalState: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            hold?: {
                                rule: string;
                                /** @description The earliest time every limit allows the post. */
                                until: string;
                                channelId: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            findings: {
                                rule: string;
                                category: "claim" | "disclosure" | "pressure";
                                severity: "info" | "warn" | "block";
                                /** @description UTF-16 offset into the text, inclusive. */
                                start: number;
                                /** @description UTF-16 offset into the text, exclusive. */
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted post with a comment for its author */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            post: {
                                id: string;
                                status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                                text: string;
                                paid: boolean;
                                scheduledAt: string | null;
                                publishedAt: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                updatedAt: string;
                                variants: {
                                    id: string;
                                    channel: {
                                        id: string;
                                        network: string;
                                        handle: string;
                                    };
                                    state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                    error: string | null;
                                    networkPostId: string | null;
                                    sentAt: string | null;
                                    /** @description Where the published post can be seen (http/https only). */
                                    networkUrl?: string | null;
                                    text?: string;
                                    overrideText?: string | null;
                                    threadParts?: string[];
                                    mediaIds?: string[];
                                    problems?: {
                                        field: string;
                                        code: string;
                                        message: string;
                                    }[];
                                }[];
                                mediaIds?: string[];
                                approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                                plannedAt?: string | null;
                            };
                            approvalState: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions and decisions on a post, with comments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                action: string;
                                comment: string | null;
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts planned, scheduled or published in a range */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    channelId?: string[];
                    authorId?: string[];
                    state?: ("draft" | "pending_approval" | "rejected" | "scheduled" | "publishing" | "published" | "failed")[];
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                state: "draft" | "pending_approval" | "rejected" | "scheduled" | "publishing" | "published" | "failed";
                                text: string;
                                at: string;
                                author: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                rejection: {
                                    comment: string;
                                    at: string;
                                } | null;
                                variants: {
                                    id: string;
                                    channel: {
                                        id: string;
                                        network: string;
                                        handle: string;
                                    };
                                    state: string;
                                    error: string | null;
                                    networkUrl: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a post on the calendar: plans a draft, or reschedules through the guard and pacing checks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            hold?: {
                                rule: string;
                                /** @description The earliest time every limit allows the post. */
                                until: string;
                                channelId: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            findings: {
                                rule: string;
                                category: "claim" | "disclosure" | "pressure";
                                severity: "info" | "warn" | "block";
                                /** @description UTF-16 offset into the text, inclusive. */
                                start: number;
                                /** @description UTF-16 offset into the text, exclusive. */
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a post as a new draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posting-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posting slots: each channel's usual times, on the workspace clock */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                channelId: string;
                                weekday: number;
                                minuteOfDay: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a posting slot (an identical one is kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channelId: string;
                        /** @description ISO weekday on the workspace clock: 1 = Monday … 7 = Sunday */
                        weekday: number;
                        /** @description Minutes after midnight on the workspace clock */
                        minuteOfDay: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            channelId: string;
                            weekday: number;
                            minuteOfDay: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posting-slots/{slotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a posting slot */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    slotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/{postId}/next-slot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a draft at its channels' next free posting slot (guard and pacing as in scheduling) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "draft" | "scheduled" | "publishing" | "published" | "failed";
                            text: string;
                            paid: boolean;
                            scheduledAt: string | null;
                            publishedAt: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                            variants: {
                                id: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                state: "pending" | "sending" | "sent" | "failed" | "unknown";
                                error: string | null;
                                networkPostId: string | null;
                                sentAt: string | null;
                                /** @description Where the published post can be seen (http/https only). */
                                networkUrl?: string | null;
                                text?: string;
                                overrideText?: string | null;
                                threadParts?: string[];
                                mediaIds?: string[];
                                problems?: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            mediaIds?: string[];
                            approvalState?: ("pending_approval" | "approved" | "rejected") | (never | null);
                            plannedAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            hold?: {
                                rule: string;
                                /** @description The earliest time every limit allows the post. */
                                until: string;
                                channelId: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            code: string;
                            message: string;
                            findings: {
                                rule: string;
                                category: "claim" | "disclosure" | "pressure";
                                severity: "info" | "warn" | "block";
                                /** @description UTF-16 offset into the text, inclusive. */
                                start: number;
                                /** @description UTF-16 offset into the text, exclusive. */
                                end: number;
                                excerpt: string;
                                message: {
                                    id: string;
                                    en: string;
                                };
                                source: string;
                                suggestion: {
                                    id: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a CSV of posts: each row as the post it would create, or its errors */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description RFC 4180 CSV, header: text, channels, time, image_url; at most 500 rows */
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                row: number;
                                text: string;
                                at: string | null;
                                imageUrl: string | null;
                                channels: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                }[];
                                errors: {
                                    code: string;
                                    field: string;
                                    message: string;
                                    value?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/posts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV of posts: valid rows become drafts planned at their time, in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description RFC 4180 CSV, header: text, channels, time, image_url; at most 500 rows */
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyImported: boolean;
                            imported: number;
                            rows: {
                                row: number;
                                postId: string | null;
                                errors: {
                                    code: string;
                                    field: string;
                                    message: string;
                                    value?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/proximity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First-response times, breaches and backlog */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            firstResponse: {
                                wallClock: {
                                    count: number;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                businessHours: {
                                    count: number;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                businessHoursSet: boolean;
                            };
                            breaches: number;
                            waitingNow: number;
                            answeredShare: number | null;
                            byChannel: {
                                count: number;
                                medianMs: number | null;
                                p90Ms: number | null;
                                breaches: number;
                                channelId: string;
                            }[];
                            byOfficer: {
                                count: number;
                                medianMs: number | null;
                                p90Ms: number | null;
                                breaches: number;
                                userId: string | null;
                                name: string | null;
                            }[];
                            byIntent: {
                                count: number;
                                medianMs: number | null;
                                p90Ms: number | null;
                                breaches: number;
                                intent: string;
                            }[];
                            daily: {
                                date: string;
                                answered: number;
                                medianMs: number | null;
                                breaches: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The backlog over time: conversations waiting for an answer (and questions among them) per hour and channel */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            /** @description Hours with a snapshot, oldest first; hours the job did not run are missing, not zero */
                            hours: {
                                /** @description The UTC hour's start (ISO 8601); the figures are the last look the Insights job took in that hour */
                                at: string;
                                /** @description Conversations waiting for an answer */
                                waiting: number;
                                /** @description Of which ask a question */
                                questions: number;
                                byChannel: {
                                    channelId: string;
                                    /** @description Conversations waiting for an answer */
                                    waiting: number;
                                    /** @description Of which ask a question */
                                    questions: number;
                                }[];
                            }[];
                            peak: {
                                at: string;
                                waiting: number;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/emotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sentiment and emotions per day and channel */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            daily: {
                                date: string;
                                sentiment: {
                                    [key: string]: number;
                                };
                                emotion: {
                                    [key: string]: number;
                                };
                            }[];
                            byChannel: {
                                channelId: string;
                                sentiment: {
                                    [key: string]: number;
                                };
                                emotion: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What drives an emotion: terms ranked by guarded lift */
        get: {
            parameters: {
                query: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion: "anger" | "fear" | "joy" | "love" | "sadness";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            emotion: string;
                            baseline: {
                                withEmotion: number;
                                total: number;
                                share: number | null;
                            };
                            triggers: {
                                kind: string;
                                term: string;
                                label: string;
                                withEmotion: number;
                                total: number;
                                lift: number;
                                liftLow: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/triggers/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages behind one trigger (newest 50) */
        get: {
            parameters: {
                query: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion: "anger" | "fear" | "joy" | "love" | "sadness";
                    kind: "keyword" | "product" | "post" | "intent";
                    term: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                conversationId: string;
                                text: string;
                                sentAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loyalty ladder: stages, advocates, contacts at risk, moves */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            stages: {
                                [key: string]: number;
                            };
                            advocates: {
                                contactId: string;
                                name: string;
                                handle: string;
                                channelId: string;
                                stage: string;
                                stageSince: string;
                                inboundCount: number;
                                activeDays: number;
                                positive: number;
                                negative: number;
                                praise: number;
                                lastMessageAt: string;
                            }[];
                            atRisk: {
                                contactId: string;
                                name: string;
                                handle: string;
                                channelId: string;
                                stage: string;
                                stageSince: string;
                                inboundCount: number;
                                activeDays: number;
                                positive: number;
                                negative: number;
                                praise: number;
                                lastMessageAt: string;
                            }[];
                            moves: {
                                from: string;
                                to: string;
                                count: number;
                            }[];
                            rules: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/contacts/{contactId}/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's loyalty stage and the figures behind it (404 until the contact's messages are counted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: {
                                contactId: string;
                                name: string;
                                handle: string;
                                channelId: string;
                                stage: string;
                                stageSince: string;
                                inboundCount: number;
                                activeDays: number;
                                positive: number;
                                negative: number;
                                praise: number;
                                lastMessageAt: string;
                            };
                            rules: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crisis radar alerts in the range, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            items: {
                                id: string;
                                scope: "workspace" | "channel" | "product" | "listening";
                                scopeKey: string;
                                observed: number;
                                windowTotal: number;
                                expectedShare: number;
                                score: number;
                                status: "open" | "acknowledged";
                                detectedAt: string;
                                windowStart: string;
                                windowEnd: string;
                                messageCount: number;
                                deliveries: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One alert with the messages that caused it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    alertId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: {
                                id: string;
                                scope: "workspace" | "channel" | "product" | "listening";
                                scopeKey: string;
                                observed: number;
                                windowTotal: number;
                                expectedShare: number;
                                score: number;
                                status: "open" | "acknowledged";
                                detectedAt: string;
                                windowStart: string;
                                windowEnd: string;
                                messageCount: number;
                                deliveries: {
                                    [key: string]: string;
                                };
                            };
                            messages: {
                                id: string;
                                source: "inbox" | "listening";
                                conversationId: string | null;
                                channelId: string;
                                text: string;
                                sentAt: string;
                                authorName: string | null;
                                authorHandle: string | null;
                                url: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/alerts/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crisis alerts nobody has acknowledged yet, newest first (the app-wide banner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                scope: "workspace" | "channel" | "product" | "listening";
                                scopeKey: string;
                                observed: number;
                                windowTotal: number;
                                expectedShare: number;
                                score: number;
                                status: "open" | "acknowledged";
                                detectedAt: string;
                                windowStart: string;
                                windowEnd: string;
                                messageCount: number;
                                deliveries: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an alert as seen and handled (managers and owners; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    alertId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            scope: "workspace" | "channel" | "product" | "listening";
                            scopeKey: string;
                            observed: number;
                            windowTotal: number;
                            expectedShare: number;
                            score: number;
                            status: "open" | "acknowledged";
                            detectedAt: string;
                            windowStart: string;
                            windowEnd: string;
                            messageCount: number;
                            deliveries: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/trust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies and posts the content guard checked, findings by rule and day, overrides and who made them, the soft-sell trend */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            totals: {
                                replies: number;
                                posts: number;
                                withFindings: number;
                                overrides: number;
                                softSellReplies: number | null;
                                softSellPosts: number | null;
                            };
                            daily: {
                                date: string;
                                replies: number;
                                posts: number;
                                withFindings: number;
                                overrides: number;
                                claim: number;
                                disclosure: number;
                                pressure: number;
                                softSellReplies: number | null;
                                softSellPosts: number | null;
                            }[];
                            byRule: {
                                rule: string;
                                category: string;
                                info: number;
                                warn: number;
                                block: number;
                                replies: number;
                                posts: number;
                                total: number;
                            }[];
                            overrides: {
                                checkId: string;
                                kind: "reply" | "post";
                                itemId: string;
                                channelId: string | null;
                                conversationId: string | null;
                                at: string;
                                userId: string | null;
                                userName: string | null;
                                reason: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published posts' metrics per post, channel and day, and the best hours to post from the last 90 days */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            range: {
                                from: string;
                                to: string;
                                timezone: string;
                                channelId: string | null;
                            };
                            totals: {
                                posts: number;
                                variants: number;
                                engagement: number;
                                perPost: number | null;
                                views: number | null;
                            };
                            byPost: {
                                postId: string;
                                text: string;
                                publishedAt: string;
                                channelIds: string[];
                                likes: number;
                                replies: number;
                                reposts: number;
                                quotes: number;
                                /** @description Null where the network gives no views */
                                views: number | null;
                                engagement: number;
                            }[];
                            byChannel: {
                                channelId: string;
                                posts: number;
                                perPost: number;
                                likes: number;
                                replies: number;
                                reposts: number;
                                quotes: number;
                                /** @description Null where the network gives no views */
                                views: number | null;
                                engagement: number;
                            }[];
                            daily: {
                                date: string;
                                posts: number;
                                likes: number;
                                replies: number;
                                reposts: number;
                                quotes: number;
                                /** @description Null where the network gives no views */
                                views: number | null;
                                engagement: number;
                            }[];
                            bestHours: {
                                historyDays: number;
                                minPosts: number;
                                overallMean: number | null;
                                slots: {
                                    /** @description ISO weekday, 1 = Monday */
                                    weekday: number;
                                    hour: number;
                                    posts: number;
                                    meanEngagement: number;
                                }[];
                                best: {
                                    /** @description ISO weekday, 1 = Monday */
                                    weekday: number;
                                    hour: number;
                                    posts: number;
                                    meanEngagement: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/proximity-by-channel.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: First-response times and breaches per channel
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/proximity-by-officer.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: First-response times per officer
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/proximity-by-intent.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: First-response times and breaches per intent
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/backlog.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Conversations waiting for an answer per hour and channel
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/emotion-by-channel.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Sentiment and emotion counts per channel
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/triggers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: An emotion's triggers ranked by guarded lift (emotion: anger by default)
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/loyalty-advocates.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Top advocates (most positive messages first)
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/loyalty-at-risk.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Contacts at risk
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/loyalty-moves.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Moves between loyalty stages in the range
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/crisis-alerts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Crisis radar alerts in the range
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/trust-daily.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Guard checks, findings by category and soft-sell score per day
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/trust-by-rule.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Guard findings per rule and severity
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/trust-overrides.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Sends that went out despite a blocking finding, with who allowed them and why
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/engagement-by-post.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Metrics per published post (all its channels together)
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/engagement-by-channel.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Metrics per channel
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/engagement-best-hours.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV: Mean engagement per post by local weekday and hour (last 90 days)
         * @description Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A workspace-local calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Last day included (workspace-local). Default: today; from defaults to 6 days earlier. */
                    to?: string;
                    channelId?: string;
                    emotion?: "anger" | "fear" | "joy" | "love" | "sadness";
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/insights/crisis-notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where crisis alerts are sent (secrets are never returned) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhookUrl: string | null;
                            webhookSecretSet: boolean;
                            telegramChatId: string | null;
                            telegramBotTokenSet: boolean;
                        };
                    };
                };
            };
        };
        /** Set the webhook (HMAC-SHA256 signed) and Telegram chat for crisis alerts; omit a secret to keep it, null clears it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        webhookUrl: string | null;
                        webhookSecret?: string | null;
                        telegramChatId: string | null;
                        telegramBotToken?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhookUrl: string | null;
                            webhookSecretSet: boolean;
                            telegramChatId: string | null;
                            telegramBotTokenSet: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks Sapa can connect, with what each can do and what its connect form asks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                network: string;
                                name: string;
                                capabilities: {
                                    inbound: "webhook" | "poll";
                                    replyInThread: boolean;
                                    directMessages: boolean;
                                    publish: boolean;
                                    deletePost: boolean;
                                    fetchThread: boolean;
                                    metrics: boolean;
                                    search: boolean;
                                    findSent: "exact" | "lookup" | "none";
                                    directReplyWindowMs?: number;
                                };
                                fields: {
                                    key: string;
                                    /** @description Secret fields are encrypted and never returned. */
                                    secret: boolean;
                                    optional: boolean;
                                    label: {
                                        id: string;
                                        en: string;
                                    };
                                    help: {
                                        id: string;
                                        en: string;
                                    } | null;
                                }[];
                                /** @description Present when the network can be connected by signing in with OAuth (Mastodon, X, Facebook, Instagram); null when only a pasted credential connects it. */
                                oauth: {
                                    fields: {
                                        key: string;
                                        /** @description Secret fields are encrypted and never returned. */
                                        secret: boolean;
                                        optional: boolean;
                                        label: {
                                            id: string;
                                            en: string;
                                        };
                                        help: {
                                            id: string;
                                            en: string;
                                        } | null;
                                    }[];
                                    /** @description Whose sign-in page the officer goes to ("Facebook" for Facebook Pages and Instagram). */
                                    provider: string;
                                } | null;
                                /** @description Webhook networks need SAPA_PUBLIC_URL; polling networks work behind NAT. */
                                needsPublicUrl: boolean;
                            }[];
                            /** @description Whether SAPA_PUBLIC_URL is set, so webhook networks can deliver. */
                            publicUrlConfigured: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Channels with their state and last activity (credentials are never returned) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                network: string;
                                handle: string;
                                displayName: string;
                                status: "active" | "paused" | "error" | "needs_reconnect" | "disconnected";
                                statusReason: string | null;
                                rateLimitedUntil: string | null;
                                lastReceivedAt: string | null;
                                connectedAt: string;
                                simulated: boolean;
                                capabilities: {
                                    inbound: "webhook" | "poll";
                                    replyInThread: boolean;
                                    directMessages: boolean;
                                    publish: boolean;
                                    deletePost: boolean;
                                    fetchThread: boolean;
                                    metrics: boolean;
                                    search: boolean;
                                    findSent: "exact" | "lookup" | "none";
                                    directReplyWindowMs?: number;
                                };
                                settings: {
                                    [key: string]: string;
                                };
                                /** @description Where the network must deliver events (webhook networks, when SAPA_PUBLIC_URL is set). */
                                webhookUrl: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Connect an account with a pasted credential; it is tested with the network first. An account already connected is reconnected, history kept. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        network: string;
                        /** @description The connect form: field key to value. */
                        values: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: {
                                id: string;
                                network: string;
                                handle: string;
                                displayName: string;
                                status: "active" | "paused" | "error" | "needs_reconnect" | "disconnected";
                                statusReason: string | null;
                                rateLimitedUntil: string | null;
                                lastReceivedAt: string | null;
                                connectedAt: string;
                                simulated: boolean;
                                capabilities: {
                                    inbound: "webhook" | "poll";
                                    replyInThread: boolean;
                                    directMessages: boolean;
                                    publish: boolean;
                                    deletePost: boolean;
                                    fetchThread: boolean;
                                    metrics: boolean;
                                    search: boolean;
                                    findSent: "exact" | "lookup" | "none";
                                    directReplyWindowMs?: number;
                                };
                                settings: {
                                    [key: string]: string;
                                };
                                /** @description Where the network must deliver events (webhook networks, when SAPA_PUBLIC_URL is set). */
                                webhookUrl: string | null;
                            };
                            reconnected: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: {
                                id: string;
                                network: string;
                                handle: string;
                                displayName: string;
                                status: "active" | "paused" | "error" | "needs_reconnect" | "disconnected";
                                statusReason: string | null;
                                rateLimitedUntil: string | null;
                                lastReceivedAt: string | null;
                                connectedAt: string;
                                simulated: boolean;
                                capabilities: {
                                    inbound: "webhook" | "poll";
                                    replyInThread: boolean;
                                    directMessages: boolean;
                                    publish: boolean;
                                    deletePost: boolean;
                                    fetchThread: boolean;
                                    metrics: boolean;
                                    search: boolean;
                                    findSent: "exact" | "lookup" | "none";
                                    directReplyWindowMs?: number;
                                };
                                settings: {
                                    [key: string]: string;
                                };
                                /** @description Where the network must deliver events (webhook networks, when SAPA_PUBLIC_URL is set). */
                                webhookUrl: string | null;
                            };
                            reconnected: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/channels/{channelId}/reconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New credentials for the same account: conversations, cursor and any stored refresh token are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The connect form: field key to value. */
                        values: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: {
                                id: string;
                                network: string;
                                handle: string;
                                displayName: string;
                                status: "active" | "paused" | "error" | "needs_reconnect" | "disconnected";
                                statusReason: string | null;
                                rateLimitedUntil: string | null;
                                lastReceivedAt: string | null;
                                connectedAt: string;
                                simulated: boolean;
                                capabilities: {
                                    inbound: "webhook" | "poll";
                                    replyInThread: boolean;
                                    directMessages: boolean;
                                    publish: boolean;
                                    deletePost: boolean;
                                    fetchThread: boolean;
                                    metrics: boolean;
                                    search: boolean;
                                    findSent: "exact" | "lookup" | "none";
                                    directReplyWindowMs?: number;
                                };
                                settings: {
                                    [key: string]: string;
                                };
                                /** @description Where the network must deliver events (webhook networks, when SAPA_PUBLIC_URL is set). */
                                webhookUrl: string | null;
                            };
                            reconnected: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/channels/{channelId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test the stored credentials with the network */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            account: {
                                networkId: string;
                                handle: string;
                                displayName: string;
                            } | null;
                            code: string | null;
                            message: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disconnect: credentials erased, nothing more received or sent; conversations stay */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/channels/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start connecting by signing in to the network (Mastodon, X, Facebook Login for Pages and Instagram): where to send the browser */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        network: string;
                        /** @description The connect form: field key to value. */
                        values: {
                            [key: string]: string;
                        };
                        channelId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorizeUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the network sends the browser back after the officer approves Sapa (redirects into the app) */
        get: {
            parameters: {
                query?: {
                    state?: string;
                    code?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscription handshake (Meta hub.challenge, X CRC) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                        } | string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A signed delivery from the network: 401 without a valid signature, 200 once stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                        } | string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invites of the workspace (never their codes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                role: "owner" | "manager" | "officer" | "viewer";
                                singleUse: boolean;
                                status: "active" | "used" | "expired" | "revoked";
                                useCount: number;
                                createdAt: string;
                                expiresAt: string;
                                lastUsedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite someone: a link and a code to type, for a role, until it expires */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: "owner" | "manager" | "officer" | "viewer";
                        /** @description Default 7. */
                        expiresInDays?: number;
                        /** @description Default true: the first person to join uses it up. */
                        singleUse?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invite: {
                                id: string;
                                role: "owner" | "manager" | "officer" | "viewer";
                                singleUse: boolean;
                                status: "active" | "used" | "expired" | "revoked";
                                useCount: number;
                                createdAt: string;
                                expiresAt: string;
                                lastUsedAt: string | null;
                            };
                            /** @description Shown once (only its hash is stored); can be typed on the sign-in page. */
                            code: string;
                            /** @description Path of the join page; prefix the public address of Sapa. */
                            joinPath: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/invites/{inviteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invite; its code stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    inviteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invites/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invite code is for (the join page) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "active" | "used" | "expired" | "revoked";
                            /** @description Only while the invite can be used. */
                            workspaceName: string | null;
                            role: "owner" | "manager" | "officer" | "viewer";
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invites/{code}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the invite's workspace with the signed-in account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workspaceId: string;
                            role: "owner" | "manager" | "officer" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invites/{code}/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an account and join the invite's workspace; signs in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                locale: ("id" | "en") | (never | null);
                                colorScheme: "light" | "dark" | "auto";
                            };
                            csrfToken: string;
                            workspaceId: string;
                            role: "owner" | "manager" | "officer" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a workspace; you become its owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description IANA time zone; default Asia/Jakarta. */
                        timezone?: string;
                        locale?: "id" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            role: "owner" | "manager" | "officer" | "viewer";
                            timezone: string;
                            locale: "id" | "en";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/contacts/{contactId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything stored about one contact, as a JSON download (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "sapa.contact-export/1";
                            /** Format: date-time */
                            exportedAt: string;
                            workspaceId: string;
                            contact: {
                                id: string;
                                network: string;
                                channelHandle: string;
                                networkUserId: string;
                                handle: string;
                                displayName: string;
                                vip: boolean;
                                messageCount: number;
                                /** Format: date-time */
                                firstSeenAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                            };
                            conversations: {
                                id: string;
                                kind: string;
                                status: string;
                                tags: string[];
                                rootPostText: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastMessageAt: string;
                            }[];
                            messages: {
                                id: string;
                                conversationId: string;
                                direction: string;
                                kind: string;
                                networkMessageId: string | null;
                                text: string;
                                /** Format: date-time */
                                sentAt: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                editedAt: string | null;
                                /** Format: date-time */
                                deletedAt: string | null;
                                earlierVersions: unknown[];
                                analysis: unknown;
                            }[];
                            notes: {
                                id: string;
                                conversationId: string;
                                text: string;
                                author: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            loyalty: {
                                stage: string;
                                /** Format: date-time */
                                stageSince: string;
                                inboundCount: number;
                                activeDays: number;
                                positiveCount: number;
                                negativeCount: number;
                                praiseCount: number;
                                /** Format: date-time */
                                lastMessageAt: string;
                            } | null;
                            loyaltyMoves: {
                                from: string;
                                to: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            listeningPosts: {
                                id: string;
                                networkPostId: string;
                                text: string;
                                url: string | null;
                                /** Format: date-time */
                                sentAt: string;
                                /** Format: date-time */
                                foundAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a contact: names, handles, message texts and notes; counts stay (audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactId: string;
                            /** @description Message texts erased (theirs, and the brand's in their conversations). */
                            messages: number;
                            notes: number;
                            listeningPosts: number;
                            /** @description Conversations kept (for counts) with the erased contact. */
                            conversations: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/settings/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long message texts are kept */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Erase message texts stored longer ago than this many days; null keeps them. */
                            messageTextDays: number | null;
                        };
                    };
                };
            };
        };
        /** Change how long message texts are kept (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Erase message texts stored longer ago than this many days; null keeps them. */
                        messageTextDays: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Erase message texts stored longer ago than this many days; null keeps them. */
                            messageTextDays: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/listening/searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved searches, and the channels a search can run on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                query: string;
                                channel: {
                                    id: string;
                                    network: string;
                                    handle: string;
                                };
                                createdAt: string;
                                lastRunAt: string | null;
                                nextRunAt: string | null;
                                failures: number;
                                lastError: string | null;
                            }[];
                            channels: {
                                id: string;
                                network: string;
                                handle: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Listen for a query (brand, product or #hashtag) on a channel whose network offers search */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channelId: string;
                        /** @description The brand name, a product name or a #hashtag */
                        query: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            query: string;
                            channel: {
                                id: string;
                                network: string;
                                handle: string;
                            };
                            createdAt: string;
                            lastRunAt: string | null;
                            nextRunAt: string | null;
                            failures: number;
                            lastError: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/listening/searches/{searchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop listening; the posts it found go too (conversations made from them stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    searchId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/listening/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public posts the saved searches found, newest first */
        get: {
            parameters: {
                query?: {
                    searchId?: string;
                    channelId?: string;
                    sentiment?: "positive" | "neutral" | "negative";
                    limit?: number;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                searchId: string;
                                query: string;
                                channel: {
                                    id: string;
                                    network: string;
                                };
                                author: {
                                    networkId: string;
                                    handle: string;
                                    name: string;
                                };
                                text: string;
                                url: string | null;
                                sentAt: string;
                                foundAt: string;
                                sentiment: string | null;
                                emotion: string | null;
                                intents: string[];
                                language: string | null;
                                conversationId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/listening/posts/{postId}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a found post into an inbox conversation (the same one on every call) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    postId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversationId: string;
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/listening/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Found posts by sentiment and emotion over the last days (from the Insights rollup) */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            total: number;
                            sentiment: {
                                [key: string]: number;
                            };
                            emotion: {
                                [key: string]: number;
                            };
                            alarm: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (the raw bytes as the body); 400 when it is not a JPEG, PNG, GIF or WebP, 413 above 16 MB */
        post: {
            parameters: {
                query?: {
                    alt?: string;
                };
                header?: never;
                path: {
                    workspaceId: string;
                };
                cookie?: never;
            };
            /** @description The image bytes */
            requestBody: {
                content: {
                    "image/jpeg": unknown;
                    "image/png": unknown;
                    "image/gif": unknown;
                    "image/webp": unknown;
                    "application/octet-stream": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            media: {
                                id: string;
                                /** @description Read from the bytes: image/jpeg, image/png, image/gif or image/webp */
                                contentType: string;
                                bytes: number;
                                width: number;
                                height: number;
                                altText: string;
                                /** @description Where the signed-in app reads the bytes: /api/workspaces/<ws>/media/<id>/content */
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an image's alt text */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        altText: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            media: {
                                id: string;
                                /** @description Read from the bytes: image/jpeg, image/png, image/gif or image/webp */
                                contentType: string;
                                bytes: number;
                                width: number;
                                height: number;
                                altText: string;
                                /** @description Where the signed-in app reads the bytes: /api/workspaces/<ws>/media/<id>/content */
                                url: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workspaces/{workspaceId}/media/{mediaId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image bytes, with their content type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workspaceId: string;
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/png": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/gif": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/webp": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image behind a signed link that expires (for networks that fetch images by URL); 403 when the signature is wrong or expired */
        get: {
            parameters: {
                query: {
                    /** @description Epoch seconds */
                    expires: string;
                    /** @description HMAC-SHA256, hex */
                    signature: string;
                };
                header?: never;
                path: {
                    mediaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/png": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/gif": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/webp": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/png": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/gif": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                        "image/webp": {
                            statusCode: number;
                            error: string;
                            /** @description Stable error code (e.g. post.not_found) the web app translates; the message is English. */
                            code: string;
                            message: string;
                            /** @description For request.invalid: each field that failed validation, so the web can say it in the officer's language. */
                            fields?: {
                                /** @description Where the problem is, e.g. text, variants.0.text or (for the query) limit. */
                                field: string;
                                /** @description What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid. */
                                rule: string;
                                /** @description The bound of a length, size or range rule. */
                                limit?: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
