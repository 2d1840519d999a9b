/** API tokens, tickets with renewal and CSRF tokens, and the two-factor login flow. */
package dev.pvecodegen.runtime.auth;
