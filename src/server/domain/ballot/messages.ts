import "server-only";

/** The ballot's refusals. */
export const ballotMessages = {
  meetingNotFound: "评审会议不存在",
  itemNotFound: "该申报不在您的表决票上",
  absent: "您未出席本次评审会议，不能投票",
  recused: "您已回避该申报，不能对其投票",
  notOpen: "投票尚未开始",
  closed: "投票已结束，不能再投票或修改",
  notVoting: "会议不在投票阶段，不能结束投票",
} as const;
