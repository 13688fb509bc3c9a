import { z } from "zod";

// Zod's generic messages (wrong type, too long…) in Chinese, for inputs no field schema words itself.
z.config(z.locales.zhCN());
