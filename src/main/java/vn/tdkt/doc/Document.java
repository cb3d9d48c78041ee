package vn.tdkt.doc;

import java.util.List;
import vn.tdkt.core.VietnameseText;

/**
 * One document, independent of file format. Title and author go into the file's metadata (the PDF/A
 * XMP packet and the Word core properties).
 */
public record Document(String title, String author, PageSetup page, List<Block> blocks) {
    public Document {
        title = VietnameseText.clean(title);
        author = VietnameseText.clean(author);
        blocks = List.copyOf(blocks);
    }
}
