/**
 * Stage 4, speakers: {@link org.whosaid.speakers.SpeakerResolver} turns each attribution's source
 * mention (a name, pronoun, role noun or group) into an in-article entity with its aliases and
 * descriptors.
 */
package org.whosaid.speakers;
