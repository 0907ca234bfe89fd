package org.newskg.store;

import java.lang.reflect.Field;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The file under TDB2's node data file, with its length kept in memory. TDB2 asks the operating system for the
 * length of that file at each write (an {@code fstat}, once for each piece of each new node's Thrift encoding):
 * 1.8 million system calls in a 20 MB build, some 2.5 CPU seconds of the thread that stores the articles. A
 * store built aside ({@link NewStore}) has one writer and no reader, and every change of the file's length
 * goes through here, so the length is known.
 */
final class KnownLengthFile implements BinaryDataFile {

    private final BinaryDataFile file;
    private long length;

    private KnownLengthFile(BinaryDataFile file) {
        this.file = file;
        this.length = file.length();
    }

    /**
     * Puts the node data file of {@code store}, which nothing else may use while it is open, over a
     * {@code KnownLengthFile}. Leaves the store as it is if this version of TDB2 is built otherwise.
     *
     * @return whether the store's node data file is now over a {@code KnownLengthFile}
     */
    static boolean install(DatasetGraph store) {
        var nodes = TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable().getNodeTable()
                .baseNodeTable();
        if (!(nodes instanceof NodeTableTRDF trdf) || !(trdf.getData() instanceof TransBinaryDataFile trans)) {
            return false;
        }
        try {
            Field base = TransBinaryDataFile.class.getDeclaredField("binFile");
            base.setAccessible(true);
            if (base.get(trans) instanceof BinaryDataFileWriteBuffered buffered) {
                Field under = BinaryDataFileWriteBuffered.class.getDeclaredField("other");
                under.setAccessible(true);
                if (!(under.get(buffered) instanceof KnownLengthFile)) {
                    under.set(buffered, new KnownLengthFile((BinaryDataFile) under.get(buffered)));
                }
                return true;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another TDB2 layout: the store works as TDB2 made it, only slower
        }
        return false;
    }

    @Override
    public void open() {
        file.open();
        length = file.length();
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public int read(long posn, byte[] b, int start, int length) {
        return file.read(posn, b, start, length);
    }

    @Override
    public long write(byte[] b, int start, int length) {
        long at = file.write(b, start, length);
        this.length = at + length;
        return at;
    }

    @Override
    public void truncate(long size) {
        file.truncate(size);
        length = file.length();
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isEmpty() {
        return length == 0;
    }

    @Override
    public void sync() {
        file.sync();
    }

    @Override
    public void close() {
        file.close();
    }
}
