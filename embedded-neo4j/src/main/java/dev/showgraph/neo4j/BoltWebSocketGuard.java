package dev.showgraph.neo4j;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.lang.reflect.Field;
import java.util.List;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.netty.AbstractNettyConnector;
import org.neo4j.common.DependencyResolver;

/**
 * Lets only Bolt over plain TCP through the Bolt port: Bolt over WebSocket is refused.
 *
 * <p>Neo4j 5.26 serves Bolt and Bolt-over-WebSocket on the same port and picks one from a
 * connection's first bytes ({@code TransportSelectionHandler}: {@code GET } means WebSocket); it
 * has no setting to turn WebSocket off and checks no {@code Origin}, so any web page open in the
 * user's browser could reach a Neo4j on 127.0.0.1. showgraph's driver speaks plain Bolt only, so
 * every accepted connection gets a first handler that reads the first four bytes: Bolt's magic
 * preamble {@code 60 60 B0 17} passes (the handler steps aside), anything else (an HTTP request,
 * a TLS hello: encryption is off on loopback) is closed before Neo4j reads a byte of it.
 *
 * <p>The handler is put in place through the listening channel of each Bolt connector, which
 * Neo4j keeps in a private field: the only way in without patching Neo4j. Connections accepted
 * before {@link #install} ran (while the DBMS starts) are not guarded; the launcher connects
 * only after it.
 */
final class BoltWebSocketGuard {
    /** Bolt's handshake starts with these four bytes (the Bolt protocol specification). */
    private static final int BOLT_MAGIC_PREAMBLE = 0x6060B017;

    private BoltWebSocketGuard() {}

    /** Guards every Bolt connector the DBMS runs; throws when there is none to guard. */
    static void install(DependencyResolver dependencies) {
        BoltServer server = dependencies.resolveDependency(BoltServer.class);
        int guarded = 0;
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractNettyConnector<?> netty) {
                Channel listening = listeningChannel(netty);
                if (listening != null) {
                    listening.pipeline().addFirst("showgraph-bolt-only", new GuardNewConnections());
                    guarded++;
                }
            }
        }
        if (guarded == 0) {
            throw new IllegalStateException("no Bolt connector found to refuse WebSocket upgrades on");
        }
    }

    private static Channel listeningChannel(AbstractNettyConnector<?> connector) {
        try {
            Field field = AbstractNettyConnector.class.getDeclaredField("channel");
            field.setAccessible(true);
            return (Channel) field.get(connector);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the Bolt connector's channel: " + e, e);
        }
    }

    /** On the listening channel: each accepted connection (a child Channel) gets a check first. */
    @ChannelHandler.Sharable
    private static final class GuardNewConnections extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof Channel accepted) {
                accepted.pipeline().addFirst("showgraph-bolt-preamble", new RequireBoltPreamble());
            }
            ctx.fireChannelRead(message);
        }
    }

    /** Passes a connection on when it opens with Bolt's preamble, closes it otherwise. */
    private static final class RequireBoltPreamble extends ByteToMessageDecoder {
        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            if (in.readableBytes() < 4) {
                return;
            }
            if (in.getInt(in.readerIndex()) == BOLT_MAGIC_PREAMBLE) {
                // Removing a ByteToMessageDecoder hands what it has read to the next handler.
                ctx.pipeline().remove(this);
            } else {
                in.skipBytes(in.readableBytes());
                ctx.close();
            }
        }
    }
}
