/**
 * Event exports: Dyad's own JSON Lines event record, a GDELT 2.0-style event table and PLOVER-style
 * JSON, each an {@link org.dyad.core.event.export.EventWriter}.
 */
package org.dyad.core.event.export;
