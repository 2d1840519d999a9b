/** Task ids (UPIDs) and waiting for tasks, with their outcome and log. */
package dev.pvecodegen.runtime.task;
