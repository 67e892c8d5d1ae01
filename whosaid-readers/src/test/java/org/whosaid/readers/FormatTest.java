package org.whosaid.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FormatTest {
    private static Format sniff(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Format.sniff(b, b.length);
    }

    @Test
    void tellsFormatsApartByTheirFirstBytes() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\">")).isEqualTo(Format.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Format.FEED);
        assertThat(sniff("\uFEFF  <!doctype HTML><html>")).isEqualTo(Format.HTML);
        assertThat(sniff("<html lang=en><p>Hi")).isEqualTo(Format.HTML);
        assertThat(sniff("{\"id\": \"a\", \"text\": \"Hi\"}\n")).isEqualTo(Format.JSON_LINES);
        assertThat(sniff("The mayor said <b> is a tag.")).isEqualTo(Format.TEXT);
        assertThat(Format.sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0}, 4)).isEqualTo(Format.GZIP);
    }
}
